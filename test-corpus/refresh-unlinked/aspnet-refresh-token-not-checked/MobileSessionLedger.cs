using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Acme.Finance.Api.Identity;

public class MobileSessionLedger : IMobileSessionLedger
{
    private readonly FinanceDbContext _db;

    public MobileSessionLedger(FinanceDbContext db)
    {
        _db = db;
    }

    public async Task<Employee?> RedeemAsync(string presented, string userAgent)
    {
        var entry = await LoadEntry(TokenHasher.Hash(presented));
        if (entry is null || entry.ExpiresAt < DateTime.UtcNow)
        {
            return null;
        }
        entry.ConsumedAt = DateTime.UtcNow;
        await _db.SaveChangesAsync();
        return entry.Employee;
    }

    private Task<LedgerEntry?> LoadEntry(string hash) =>
        _db.MobileRefreshTokens.Include(e => e.Employee).SingleOrDefaultAsync(e => e.TokenHash == hash && e.ConsumedAt == null);
}
