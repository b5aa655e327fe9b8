using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Acme.Finance.Api.Identity;

public class DeviceSessions : IDeviceSessions
{
    private readonly FinanceDbContext _db;

    public DeviceSessions(FinanceDbContext db)
    {
        _db = db;
    }

    public async Task CloseAllAsync(string employeeId)
    {
        var tokens = await _db.RefreshTokens.Where(t => t.EmployeeId == employeeId).ToListAsync();
        _db.RefreshTokens.RemoveRange(tokens);
        await _db.SaveChangesAsync();
    }

    public RefreshToken GenerateRefreshToken(string employeeId, string device, out string plain)
    {
        plain = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        return new RefreshToken
        {
            EmployeeId = employeeId,
            TokenHash = TokenHasher.Hash(plain),
            DeviceName = device,
            ExpiresAt = DateTime.UtcNow.AddDays(14),
        };
    }
}
