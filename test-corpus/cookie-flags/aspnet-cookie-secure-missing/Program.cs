using Microsoft.AspNetCore.CookiePolicy;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.UseCookiePolicy(new CookiePolicyOptions
{
    Secure = CookieSecurePolicy.Always,
    HttpOnly = HttpOnlyPolicy.Always,
});

app.MapPost("/stock/session", (HttpContext http, StockSessionService sessions) =>
{
    var session = sessions.Open();
    // ok: the cookie policy above upgrades every cookie to Secure
    http.Response.Cookies.Append("stock_session", session.Id);
    return Results.NoContent();
});

app.Run();
