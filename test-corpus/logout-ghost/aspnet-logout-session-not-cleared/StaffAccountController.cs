using System.Threading.Tasks;
using Acme.Payroll.Identity;
using Acme.Payroll.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Payroll.Web.Controllers;

[Authorize]
public class StaffAccountController : Controller
{
    private readonly SignInManager<PayrollUser> _signInManager;
    private readonly UserManager<PayrollUser> _userManager;
    private readonly PortalLogoutService _logoutService;
    private readonly ILogoutAudit _audit;

    public StaffAccountController(SignInManager<PayrollUser> signInManager, UserManager<PayrollUser> userManager,
        PortalLogoutService logoutService, ILogoutAudit audit)
    {
        _signInManager = signInManager;
        _userManager = userManager;
        _logoutService = logoutService;
        _audit = audit;
    }

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        var result = await _signInManager.PasswordSignInAsync(model.Email, model.Password, false, true);
        if (result.Succeeded)
        {
            var staff = await _userManager.FindByEmailAsync(model.Email);
            HttpContext.Session.Clear();
            HttpContext.Session.SetString("StaffUserId", staff.Id);
            HttpContext.Session.SetString("PayrollRole", staff.PayrollRole);
        }
        return RedirectToAction("Index", "Payslips");
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        // expect: the auth cookie goes, the session with StaffUserId/PayrollRole stays
        await _signInManager.SignOutAsync();
        await _audit.RecordAsync(User.Identity?.Name, "logout");
        return RedirectToAction("Index", "Home");
    }

    [HttpPost("account/logoff")]
    public async Task<IActionResult> KioskLogOff()
    {
        // expect: routed logoff, cookie scheme sign-out only
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        // ok: same logout, the first sign-out is the finding
        await HttpContext.SignOutAsync("KioskBadge");
        return Redirect("/kiosk");
    }

    [HttpPost]
    public async Task<IActionResult> SignOut(string returnUrl)
    {
        // ok: the session is cleared right after
        await _signInManager.SignOutAsync();
        HttpContext.Session.Clear();
        return LocalRedirect(returnUrl ?? "/");
    }

    [HttpPost]
    public async Task<IActionResult> LogoutCurrent()
    {
        ForgetStaffMember();
        // ok: identity removed from the session in a helper of this controller
        await _signInManager.SignOutAsync();
        return RedirectToAction("Index", "Home");
    }

    [HttpPost("account/signout-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        // ok: a service in another file clears the session after this call
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        await _logoutService.EndPortalSession(HttpContext);
        return RedirectToAction("Index", "Home");
    }

    [HttpPost]
    public async Task<IActionResult> DeactivateKiosk(string kioskId)
    {
        // ok: not a logout action (the kiosk device account is retired)
        await HttpContext.SignOutAsync("KioskBadge");
        return RedirectToAction("Devices", "Admin");
    }

    [HttpGet]
    public IActionResult LogoutHistory(string staffId)
    {
        // ok: a report about logouts; the filter cookie is not the auth cookie
        Response.Cookies.Delete("login_history_filter");
        return View(_audit.ForStaff(staffId));
    }

    private void ForgetStaffMember()
    {
        HttpContext.Session.Remove("StaffUserId");
        HttpContext.Session.Remove("PayrollRole");
    }
}
