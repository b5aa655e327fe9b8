using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Acme.Payroll.Identity;

public class StaffSessionTerminator
{
    private readonly PayrollDbContext _db;
    private readonly UserManager<PayrollUser> _userManager;

    public StaffSessionTerminator(PayrollDbContext db, UserManager<PayrollUser> userManager)
    {
        _db = db;
        _userManager = userManager;
    }

    public async Task Apply(PayrollUser staff)
    {
        await _userManager.UpdateSecurityStampAsync(staff);
        await _db.RefreshTokens.Where(t => t.UserId == staff.Id).ExecuteDeleteAsync();
    }
}
