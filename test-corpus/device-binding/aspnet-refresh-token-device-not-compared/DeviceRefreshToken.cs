using System;

namespace Acme.Hr.Mobile.Api.Identity;

public class DeviceRefreshToken
{
    public long Id { get; set; }
    public string EmployeeId { get; set; } = default!;
    public string TokenHash { get; set; } = default!;
    public string DeviceId { get; set; } = default!;
    public string UserAgent { get; set; } = default!;
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public bool IsActive => RevokedAt == null && ExpiresAt > DateTime.UtcNow;
}
