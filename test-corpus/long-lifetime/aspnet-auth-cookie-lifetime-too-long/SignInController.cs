using System;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Hr.Portal.Controllers;

public class SignInController : Controller
{
    private readonly IEmployeeDirectory _directory;

    public SignInController(IEmployeeDirectory directory)
    {
        _directory = directory;
    }

    [HttpPost]
    public async Task<IActionResult> Login(string badge, string pin, bool rememberMe)
    {
        var principal = await _directory.AuthenticateAsync(badge, pin);
        await HttpContext.SignInAsync(principal, new AuthenticationProperties
        {
            IsPersistent = rememberMe,
            // expect: persistent sign-in for two years
            ExpiresUtc = DateTimeOffset.UtcNow.AddYears(2),
        });
        return RedirectToAction("Index", "Home");
    }

    [HttpPost]
    public async Task<IActionResult> KioskLogin(string badge, string pin)
    {
        var principal = await _directory.AuthenticateAsync(badge, pin);
        // ok: fourteen days
        await HttpContext.SignInAsync(principal, new AuthenticationProperties { IsPersistent = true, ExpiresUtc = DateTimeOffset.UtcNow.AddDays(14) });
        return RedirectToAction("Clock", "Kiosk");
    }

    [HttpPost]
    public IActionResult IssueApiCookie(string jwt, string refresh)
    {
        // expect: a bearer token kept in a cookie for 90 days
        Response.Cookies.Append("hr_access_token", jwt, new CookieOptions { HttpOnly = true, Secure = true, Expires = DateTimeOffset.UtcNow.AddDays(90) });
        // ok: a refresh cookie of 60 days is within the refresh-token limit
        Response.Cookies.Append("hr_refresh_token", refresh, new CookieOptions { HttpOnly = true, Secure = true, Expires = DateTimeOffset.UtcNow.AddDays(60) });
        // expect: a refresh cookie of a year is not
        Response.Cookies.Append("hr_refresh_token_legacy", refresh, new CookieOptions { HttpOnly = true, Secure = true, MaxAge = TimeSpan.FromDays(365) });
        // ok: a UI preference may live long
        Response.Cookies.Append("hr_theme", "dark", new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1) });
        return NoContent();
    }
}
