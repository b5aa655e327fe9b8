using Microsoft.AspNetCore.CookiePolicy;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();

builder.Services.AddAuthentication("Cookies").AddCookie("Cookies", o =>
{
    // ok: the cookie policy below forces HttpOnly on every cookie this app writes
    o.Cookie.HttpOnly = false;
});

var app = builder.Build();
app.UseCookiePolicy(new CookiePolicyOptions
{
    HttpOnly = HttpOnlyPolicy.Always,
    Secure = CookieSecurePolicy.Always,
    MinimumSameSitePolicy = SameSiteMode.Lax,
});

app.MapPost("/timeclock/badge", (HttpContext ctx, string badge) =>
{
    // ok: forced back to HttpOnly by the global policy
    ctx.Response.Cookies.Append("timeclock_badge", badge, new CookieOptions { HttpOnly = false });
    return Results.NoContent();
});

app.UseAuthentication();
app.MapDefaultControllerRoute();
app.Run();
