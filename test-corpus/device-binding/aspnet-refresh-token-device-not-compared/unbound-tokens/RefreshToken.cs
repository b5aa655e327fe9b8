using System;

namespace Acme.Payroll.Api.Identity;

public class RefreshToken
{
    public int Id { get; set; }
    public string Token { get; set; } = default!;
    public string EmployeeId { get; set; } = default!;
    public DateTime Expires { get; set; }
    public DateTime? Revoked { get; set; }
}
