using Acme.Finance.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Finance.Api.Controllers;

[ApiController]
[Route("api/auth")]
public class AuthController : ControllerBase
{
    private const string RefreshCookie = "fin_refresh_token";
    private readonly ITokenService _tokens;
    private readonly CookieSettings _cookieSettings;

    public AuthController(ITokenService tokens, CookieSettings cookieSettings)
    {
        _tokens = tokens;
        _cookieSettings = cookieSettings;
    }

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginRequest request)
    {
        var pair = await _tokens.IssueAsync(request.Email, request.Password);
        // expect: two-argument Append: CookieOptions defaults, Secure is false
        Response.Cookies.Append("fin_access_token", pair.AccessToken);
        // expect: options without Secure (the CookieOptions default is false)
        Response.Cookies.Append(RefreshCookie, pair.RefreshToken, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Expires = DateTimeOffset.UtcNow.AddDays(7),
        });
        return Ok(new { pair.ExpiresAt });
    }

    [HttpPost("refresh")]
    public async Task<IActionResult> Refresh()
    {
        var pair = await _tokens.RefreshAsync(Request.Cookies[RefreshCookie]);
        var options = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict };
        options.Expires = DateTimeOffset.UtcNow.AddDays(7);
        // expect: options built in this method never set Secure
        Response.Cookies.Append(RefreshCookie, pair.RefreshToken, options);
        // expect: target-typed options without Secure, value is a JWT
        Response.Cookies.Append("fin_session", pair.AccessToken, new() { HttpOnly = true });
        return Ok(new { pair.ExpiresAt });
    }

    [HttpPost("device")]
    public IActionResult RememberDevice(string deviceToken)
    {
        var options = new CookieOptions { HttpOnly = true };
        options.Secure = true;
        // ok: Secure is set on the options before they are used
        Response.Cookies.Append("fin_remember_device", deviceToken, options);
        // ok: Secure set in the initializer
        Response.Cookies.Append("fin_device_token", deviceToken, new CookieOptions { Secure = true, HttpOnly = true });
        // ok: Secure follows the request
        Response.Cookies.Append("fin_login_hint", deviceToken, new CookieOptions { Secure = Request.IsHttps, HttpOnly = true });
        // ok: options come from a helper that sets the flags
        Response.Cookies.Append("fin_auth_state", deviceToken, _cookieSettings.BuildOptions());
        return NoContent();
    }

    [HttpPost("logout")]
    public IActionResult Logout()
    {
        // ok: deletion: empty value
        Response.Cookies.Append("fin_access_token", "");
        // ok: deletion: expiry in the past
        Response.Cookies.Append(RefreshCookie, "deleted", new CookieOptions { HttpOnly = true, Expires = DateTimeOffset.UnixEpoch });
        Response.Cookies.Delete("fin_session");
        return NoContent();
    }

    [HttpGet("preferences")]
    public IActionResult SavePreferences(string currency)
    {
        // ok: a display preference, not a session or auth cookie
        Response.Cookies.Append("fin_currency", currency);
        return NoContent();
    }
}
