using Acme.Warehouse.Scanners;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Acme.Warehouse.Web.Middleware;

public sealed class ScannerSessionMiddleware
{
    private const string SessionCookie = "wh_scanner_session";
    private readonly RequestDelegate _next;

    public ScannerSessionMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, IScannerRegistry registry, IAntiforgery antiforgery)
    {
        if (!context.Request.Cookies.ContainsKey(SessionCookie))
        {
            var session = await registry.OpenSessionAsync(context.Connection.RemoteIpAddress);
            // expect: no options at all: HttpOnly defaults to false
            context.Response.Cookies.Append(SessionCookie, session.Id);

            var options = new CookieOptions { Secure = true, SameSite = SameSiteMode.Strict };
            // expect: CookieOptions local without HttpOnly
            context.Response.Cookies.Append("wh_scanner_jwt", session.Jwt, options);

            // expect: inline options without HttpOnly; the value is an access token
            context.Response.Cookies.Append("wh_pair", session.PairingAccessToken, new CookieOptions { Secure = true });
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        // ok: the double-submit XSRF cookie must be readable by the scanner UI
        context.Response.Cookies.Append("XSRF-TOKEN", tokens.RequestToken!, new CookieOptions { Secure = true });

        // ok: UI preference, nothing session-related in name or value
        context.Response.Cookies.Append("wh_layout", "compact");

        await _next(context);
    }

    public static void EndSession(HttpContext context)
    {
        // ok: deletion cookie: empty value
        context.Response.Cookies.Append(SessionCookie, string.Empty);
        var expired = new CookieOptions { Secure = true };
        expired.Expires = DateTimeOffset.UtcNow.AddDays(-1);
        // ok: deletion cookie: the options local is expired before use
        context.Response.Cookies.Append("wh_scanner_jwt", "x", expired);
    }

    public static void Renew(HttpContext context, ScannerSession session)
    {
        var options = new CookieOptions { Secure = true, HttpOnly = true };
        // ok: HttpOnly set in the options initializer
        context.Response.Cookies.Append("wh_scanner_jwt", session.Jwt, options);
    }
}
