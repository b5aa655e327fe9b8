using Acme.Kiosk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession();
var app = builder.Build();
app.UseSession();

app.MapPost("/kiosk/login", async (HttpContext http, BadgeLogin form, BadgeDirectory badges) =>
{
    var holder = await badges.VerifyAsync(form.Badge, form.Pin);
    if (holder is null)
    {
        return Results.Unauthorized();
    }
    // expect: minimal-API login route writes the badge holder into the old session
    http.Session.SetString("KioskUserId", holder.Id);
    return Results.Ok();
});

app.MapPost("/kiosk/login-help", (HttpContext http, string badge) =>
{
    // ok: a help request, not a login route
    http.Session.SetString("HelpBadgeUser", badge);
    return Results.Accepted();
});

app.Run();
