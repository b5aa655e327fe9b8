using Acme.Hr.Portal.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Account/Login";
        options.Cookie.Name = "hr.auth";
        options.Cookie.HttpOnly = true;
        // expect: the authentication cookie is never marked Secure, even over HTTPS
        options.Cookie.SecurePolicy = CookieSecurePolicy.None;
    });

builder.Services.AddSession(options =>
{
    options.IdleTimeout = TimeSpan.FromMinutes(20);
    // ok: development-only downgrade chosen at run time
    options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
        ? CookieSecurePolicy.SameAsRequest
        : CookieSecurePolicy.Always;
});

// expect: one-line lambda on the Identity application cookie
builder.Services.ConfigureApplicationCookie(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.None);

builder.Services.AddAntiforgery(options =>
{
    // ok: SameAsRequest upgrades the antiforgery cookie on HTTPS (its default is None)
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});

builder.Services.Configure<CookiePolicyOptions>(options =>
{
    // ok: CookieSecurePolicy.None is the cookie policy default (no enforcement); per-cookie flags still apply
    options.Secure = CookieSecurePolicy.None;
    options.OnAppendCookie = ctx => CookieAudit.Record(ctx.CookieName);
});

builder.Services.Configure<CookieAuthenticationOptions>("Kiosk", options =>
{
    if (builder.Environment.IsDevelopment())
    {
        // ok: local development over plain HTTP only
        options.Cookie.SecurePolicy = CookieSecurePolicy.None;
    }
    else
    {
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    }
});

var app = builder.Build();
app.UseCookiePolicy();
app.UseSession();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultControllerRoute();
app.Run();
