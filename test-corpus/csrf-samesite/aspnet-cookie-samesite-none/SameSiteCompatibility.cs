using Microsoft.AspNetCore.Http;

namespace Acme.Payroll.Web.Infrastructure;

/// <summary>
/// Older Safari and Chrome 51-66 reject or mishandle SameSite=None; downgrade it for them.
/// </summary>
public static class SameSiteCompatibility
{
    public static void CheckSameSite(HttpContext httpContext, CookieOptions options)
    {
        // ok: a comparison, not an assignment
        if (options.SameSite == SameSiteMode.None)
        {
            var userAgent = httpContext.Request.Headers["User-Agent"].ToString();
            if (DisallowsSameSiteNone(userAgent))
            {
                // ok: downgraded to Unspecified for browsers that mishandle None
                options.SameSite = SameSiteMode.Unspecified;
            }
        }
    }

    private static bool DisallowsSameSiteNone(string userAgent) =>
        userAgent.Contains("CPU iPhone OS 12") || userAgent.Contains("Chrome/5") || userAgent.Contains("Chrome/6");
}
