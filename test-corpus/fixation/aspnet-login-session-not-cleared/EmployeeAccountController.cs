using System.Threading.Tasks;
using Acme.Hr.Portal.Identity;
using Acme.Hr.Portal.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Hr.Portal.Controllers;

public static class PortalSessionKeys
{
    public const string EmployeeId = "hr.employee.id";
    public const string Department = "hr.department";
}

[Authorize]
public class EmployeeAccountController : Controller
{
    private readonly SignInManager<Employee> _signInManager;
    private readonly UserManager<Employee> _userManager;
    private readonly PortalSessionReset _sessionReset;
    private readonly ILoginAuditLog _audit;

    public EmployeeAccountController(
        SignInManager<Employee> signInManager,
        UserManager<Employee> userManager,
        PortalSessionReset sessionReset,
        ILoginAuditLog audit)
    {
        _signInManager = signInManager;
        _userManager = userManager;
        _sessionReset = sessionReset;
        _audit = audit;
    }

    [AllowAnonymous]
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginViewModel model, string returnUrl = null)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await _signInManager.PasswordSignInAsync(model.Email, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // ok: a failed-attempt counter is not identity
            HttpContext.Session.SetInt32("LoginAttempts", (HttpContext.Session.GetInt32("LoginAttempts") ?? 0) + 1);
            return View(model);
        }

        var employee = await _userManager.FindByEmailAsync(model.Email);
        // expect: the employee id goes into the pre-login session
        HttpContext.Session.SetString(PortalSessionKeys.EmployeeId, employee.Id);
        // expect: a second identity write in the same action
        HttpContext.Session.SetString("EmployeeEmail", employee.Email);
        return LocalRedirect(returnUrl ?? "/timesheets");
    }

    [AllowAnonymous]
    [HttpPost("account/sso-callback")]
    public async Task<IActionResult> ExternalLoginCallback(string returnUrl = null)
    {
        var info = await _signInManager.GetExternalLoginInfoAsync();
        var signIn = await _signInManager.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (signIn.Succeeded)
        {
            var employee = await _userManager.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
            // expect: external login callback, same flaw
            HttpContext.Session.SetObjectAsJson("CurrentEmployee", new EmployeeSessionView(employee));
        }
        return LocalRedirect(returnUrl ?? "/");
    }

    [AllowAnonymous]
    [HttpPost("account/signin")]
    public async Task<IActionResult> ManagerSignIn(LoginViewModel model)
    {
        var result = await _signInManager.PasswordSignInAsync(model.Email, model.Password, false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            HttpContext.Session.Clear();
            Response.Cookies.Delete(".AspNetCore.Session");
            // ok: the session was emptied and its cookie dropped first
            HttpContext.Session.SetString("ManagerEmail", model.Email);
        }
        return RedirectToAction("Index", "Approvals");
    }

    [AllowAnonymous]
    [HttpPost("account/logon")]
    public async Task<IActionResult> KioskLogOn(string badge, string pin)
    {
        var employee = await _userManager.FindByNameAsync(badge);
        if (employee != null && await _userManager.CheckPasswordAsync(employee, pin))
        {
            StartCleanSession();
            // ok: cleared in a helper of this controller
            HttpContext.Session.SetString("KioskEmployee", employee.Id);
            await _signInManager.SignInAsync(employee, isPersistent: false);
        }
        return RedirectToAction("Clock", "Kiosk");
    }

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> LoginWith2fa(string code, bool rememberMachine)
    {
        var result = await _signInManager.TwoFactorAuthenticatorSignInAsync(code, false, rememberMachine);
        if (result.Succeeded)
        {
            var employee = await _signInManager.GetTwoFactorAuthenticationUserAsync();
            await _sessionReset.BeginAuthenticatedSession(HttpContext, employee.UserName);
            // ok: cleared through a service defined in another file of the project
            HttpContext.Session.SetString("EmployeeId", employee.Id);
        }
        return RedirectToAction("Index", "Home");
    }

    [HttpGet]
    public async Task<IActionResult> LoginHistory(string employeeId)
    {
        // ok: LoginHistory is a report, not a login
        HttpContext.Session.SetString("ReportEmployeeId", employeeId);
        return View(await _audit.ForEmployeeAsync(employeeId));
    }

    [AllowAnonymous]
    [HttpPost]
    public IActionResult SignIn(string returnUrl)
    {
        // ok: only where to go after login, not who logged in
        HttpContext.Session.SetString("ReturnUrl", returnUrl ?? "/");
        return Challenge(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = "/account/sso-callback" }, "Okta");
    }

    private void StartCleanSession()
    {
        HttpContext.Session.Clear();
    }
}
