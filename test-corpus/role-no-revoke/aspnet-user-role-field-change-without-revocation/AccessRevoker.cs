using System.Linq;
using System.Threading.Tasks;
using Acme.Inventory.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Acme.Inventory.Api.Security;

public class AccessRevoker : IAccessRevoker
{
    private readonly InventoryDbContext _db;

    public AccessRevoker(InventoryDbContext db)
    {
        _db = db;
    }

    public async Task CutOff(int employeeId)
    {
        var tokens = await _db.RefreshTokens.Where(t => t.EmployeeId == employeeId).ToListAsync();
        _db.RefreshTokens.RemoveRange(tokens);
        await _db.SaveChangesAsync();
    }
}
