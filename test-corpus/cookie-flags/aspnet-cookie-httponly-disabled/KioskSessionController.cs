using Acme.Inventory.Kiosk;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Inventory.Web.Controllers;

public class KioskSessionController : Controller
{
    private readonly IKioskSessionService _sessions;
    private readonly IAntiforgery _antiforgery;
    private readonly KioskCookieSettings _settings;

    public KioskSessionController(IKioskSessionService sessions, IAntiforgery antiforgery, KioskCookieSettings settings)
    {
        _sessions = sessions;
        _antiforgery = antiforgery;
        _settings = settings;
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(string badgeNumber)
    {
        var session = await _sessions.StartAsync(badgeNumber);
        Response.Cookies.Append("kiosk_session", session.Id, new CookieOptions
        {
            Secure = true,
            // expect: the kiosk session id is readable by page scripts
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
        });
        return RedirectToAction("Scan");
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Resume(string resumeToken)
    {
        var options = new CookieOptions { Secure = true, SameSite = SameSiteMode.Lax };
        // expect: flag turned off on an existing CookieOptions
        options.HttpOnly = false;
        Response.Cookies.Append("kiosk_resume", resumeToken, options);
        return RedirectToAction("Scan");
    }

    [HttpGet]
    public IActionResult Scan()
    {
        // expect: target-typed options passed straight to Append
        Response.Cookies.Append("kiosk_scanner", _sessions.CurrentScannerToken(), new() { Secure = true, HttpOnly = false });
        return View();
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult End()
    {
        // ok: deletion cookie, expired in the past and empty
        Response.Cookies.Append("kiosk_session", "", new CookieOptions { HttpOnly = false, Expires = DateTimeOffset.UtcNow.AddDays(-1) });
        // ok: deletion cookie with a zero max age
        Response.Cookies.Append("kiosk_resume", "", new CookieOptions { HttpOnly = false, MaxAge = TimeSpan.Zero });
        Response.Cookies.Delete("kiosk_scanner");
        return RedirectToAction("Index", "Home");
    }

    [HttpGet]
    public IActionResult Antiforgery()
    {
        var tokens = _antiforgery.GetAndStoreTokens(HttpContext);
        // ok: the double-submit XSRF token is meant to be read by the SPA; it is not a credential
        Response.Cookies.Append("XSRF-TOKEN", tokens.RequestToken!, new CookieOptions { HttpOnly = false, Secure = true });
        return NoContent();
    }

    [HttpGet]
    public IActionResult Theme(string theme)
    {
        // ok: HttpOnly comes from configuration
        Response.Cookies.Append("kiosk_theme", theme, new CookieOptions { HttpOnly = _settings.ThemeCookieHttpOnly, Secure = Request.IsHttps });
        // ok: HttpOnly explicitly on
        Response.Cookies.Append("kiosk_lang", "en-GB", new CookieOptions { HttpOnly = true, Secure = true });
        return NoContent();
    }
}

public class KioskLanguageController : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Set(string culture, string returnUrl)
    {
        // ok: the culture cookie is read by client-side localisation; it carries no credential
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = false, Expires = DateTimeOffset.UtcNow.AddYears(1) });
        return LocalRedirect(returnUrl);
    }
}
