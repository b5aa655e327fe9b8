using Acme.Payroll.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Account/Login";
        options.Cookie.Name = "payroll.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        // expect: the authentication cookie is sent on cross-site requests
        options.Cookie.SameSite = SameSiteMode.None;
    });

// expect: one-line lambda on the Identity application cookie
builder.Services.ConfigureApplicationCookie(o => o.Cookie.SameSite = SameSiteMode.None);

builder.Services.AddSession(options =>
{
    options.IdleTimeout = TimeSpan.FromMinutes(20);
    options.Cookie.IsEssential = true;
    // expect: session cookie with SameSite=None inside a block lambda
    options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.None;
});

builder.Services.AddAntiforgery(options =>
{
    options.HeaderName = "X-CSRF-TOKEN";
    // ok: the antiforgery cookie stays same-site
    options.Cookie.SameSite = SameSiteMode.Strict;
});

builder.Services.Configure<CookiePolicyOptions>(options =>
{
    // expect: every cookie without its own SameSite (Unspecified, -1) is raised to None by the policy
    options.MinimumSameSitePolicy = SameSiteMode.None;
    options.OnAppendCookie = context => SameSiteCompatibility.CheckSameSite(context.Context, context.CookieOptions);
    options.OnDeleteCookie = context => SameSiteCompatibility.CheckSameSite(context.Context, context.CookieOptions);
});

builder.Services.Configure<CookieTempDataProviderOptions>(options =>
{
    // ok: mode comes from configuration, not hard-coded
    options.Cookie.SameSite = builder.Configuration.GetValue<SameSiteMode>("Cookies:TempDataSameSite");
});

var app = builder.Build();
app.UseCookiePolicy();
app.UseSession();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultControllerRoute();
app.Run();
