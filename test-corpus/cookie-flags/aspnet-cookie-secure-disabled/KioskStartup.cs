using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;

namespace Acme.Inventory.Kiosk;

public static class KioskStartup
{
    public static void Configure(IServiceCollection services)
    {
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.Always;
            options.HttpOnly = HttpOnlyPolicy.Always;
        });

        services.AddSession(options =>
        {
            // ok: the cookie policy in this file upgrades every cookie to Secure
            options.Cookie.SecurePolicy = CookieSecurePolicy.None;
        });
    }

    public static void MapKiosk(WebApplication app)
    {
        app.MapPost("/kiosk/pair", (HttpContext ctx, string deviceCode) =>
        {
            // ok: upgraded to Secure by the cookie policy above
            ctx.Response.Cookies.Append("kiosk_device", deviceCode, new CookieOptions { Secure = false, HttpOnly = true });
            return Results.Ok();
        });
    }
}
