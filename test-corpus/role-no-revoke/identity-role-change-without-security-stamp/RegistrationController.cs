using System.Security.Claims;
using System.Threading.Tasks;
using Acme.Payroll.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Payroll.Web.Controllers;

public class RegistrationController : Controller
{
    private readonly UserManager<PayrollUser> _userManager;

    public RegistrationController(UserManager<PayrollUser> userManager)
    {
        _userManager = userManager;
    }

    [HttpPost]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        var user = new PayrollUser { UserName = model.Email, Email = model.Email };
        var created = await _userManager.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            return View(model);
        }
        // ok: a brand-new account has no session to revoke
        await _userManager.AddToRoleAsync(user, "Employee");
        // ok: same new account
        await _userManager.AddClaimAsync(user, new Claim("department", model.Department));
        return RedirectToAction("Login", "Account");
    }
}

public static class PayrollIdentitySeeder
{
    public static async Task SeedAdminAsync(UserManager<PayrollUser> userManager, PayrollUser admin)
    {
        // ok: seeding at start-up
        await userManager.AddToRoleAsync(admin, "PayrollAdmin");
    }
}
