using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Acme.Expenses.Web.Infrastructure;

public static class CookiePolicySetup
{
    public static IApplicationBuilder UseExpenseCookiePolicy(this IApplicationBuilder app, bool legacyIframe)
    {
        if (legacyIframe)
        {
            // expect: object initializer form of the minimum policy
            return app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.None, Secure = CookieSecurePolicy.Always });
        }
        // ok: Unspecified leaves cookies without SameSite to the browser default (Lax)
        return app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Unspecified });
    }

    public static CookieBuilder ReceiptCookie() => new CookieBuilder
    {
        Name = "receipt_draft",
        HttpOnly = true,
        SecurePolicy = CookieSecurePolicy.Always,
        // ok: Lax on a cookie builder
        SameSite = SameSiteMode.Lax,
    };
}
