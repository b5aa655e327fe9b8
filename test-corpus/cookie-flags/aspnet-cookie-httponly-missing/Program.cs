using Microsoft.AspNetCore.CookiePolicy;

var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<CookiePolicyOptions>(o =>
{
    o.HttpOnly = HttpOnlyPolicy.Always;
    o.Secure = CookieSecurePolicy.Always;
});
var app = builder.Build();
app.UseCookiePolicy();

app.MapPost("/returns/session", (HttpContext http, ReturnsDesk desk) =>
{
    // ok: the cookie policy in this file forces HttpOnly on every cookie
    http.Response.Cookies.Append("returns_session", desk.OpenSession());
    return Results.NoContent();
});

app.Run();
