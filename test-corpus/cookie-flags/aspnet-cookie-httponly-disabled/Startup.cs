using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Acme.Payroll.Portal;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.Cookie.Name = "payroll.auth";
                // expect: the authentication cookie builder turns HttpOnly off (default is on)
                options.Cookie.HttpOnly = false;
            });

        services.AddSession(options =>
        {
            options.IdleTimeout = TimeSpan.FromMinutes(30);
            // expect: session cookie builder as an object initializer
            options.Cookie = new CookieBuilder { Name = "payroll.session", HttpOnly = false, IsEssential = true };
        });

        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-XSRF-TOKEN";
            // ok: the antiforgery cookie token is not a credential; the SPA double-submits it
            options.Cookie.HttpOnly = false;
        });

        services.Configure<CookiePolicyOptions>(options =>
        {
            // ok: HttpOnlyPolicy.None is the policy default (no enforcement), per-cookie flags still apply
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.None;
        });
    }
}

public sealed class CookieConsentWriter
{
    private readonly IHttpContextAccessor _http;

    public CookieConsentWriter(IHttpContextAccessor http) => _http = http;

    public void Store(string choices)
    {
        var options = new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddDays(365),
            // ok: the consent banner script reads this cookie; it holds the visitor's choices only
            HttpOnly = false,
            IsEssential = true,
        };
        _http.HttpContext!.Response.Cookies.Append("payroll.consent", choices, options);
    }
}

public static class ConsentPolicySetup
{
    public static void Apply(CookiePolicyOptions options)
    {
        // ok: the built-in consent cookie must be readable by the banner
        options.ConsentCookie.HttpOnly = false;
        options.CheckConsentNeeded = _ => true;
    }
}
