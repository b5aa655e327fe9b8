using Acme.Hr.Payslips;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Hr.Portal.Controllers;

[Authorize]
public class PayslipController : Controller
{
    private readonly IPayslipService _payslips;

    public PayslipController(IPayslipService payslips) => _payslips = payslips;

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(string pin)
    {
        var grant = await _payslips.UnlockAsync(User.Identity!.Name!, pin);
        Response.Cookies.Append("payslip_grant", grant.Token, new CookieOptions
        {
            HttpOnly = true,
            // expect: the payslip grant travels over plain HTTP
            Secure = false,
            SameSite = SameSiteMode.Strict,
        });
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public IActionResult Index()
    {
        var cookieOptions = new CookieOptions { HttpOnly = true };
        // expect: Secure turned off on an existing CookieOptions
        cookieOptions.Secure = false;
        cookieOptions.Expires = DateTimeOffset.UtcNow.AddMinutes(10);
        Response.Cookies.Append("payslip_view", _payslips.ViewToken(User.Identity!.Name!), cookieOptions);
        return View();
    }

    [HttpGet]
    public IActionResult Preview(string period)
    {
        // ok: Secure follows the request scheme
        Response.Cookies.Append("payslip_period", period, new CookieOptions { HttpOnly = true, Secure = Request.IsHttps });
        return View();
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Lock()
    {
        // ok: deletion cookie with an expiry in the past
        Response.Cookies.Append("payslip_grant", string.Empty, new CookieOptions { Secure = false, Expires = DateTime.UtcNow.AddDays(-1) });
        Response.Cookies.Delete("payslip_view");
        return RedirectToAction(nameof(Index));
    }
}
