using System;

namespace Acme.Finance.Api.Identity;

public class RefreshToken
{
    public Guid Id { get; set; }
    public string EmployeeId { get; set; } = default!;
    public string TokenHash { get; set; } = default!;
    public string DeviceName { get; set; } = default!;
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public bool IsActive => RevokedAt == null && DateTime.UtcNow < ExpiresAt;
}
