using Acme.Finance.Api.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddScoped<IDeviceSessions, DeviceSessions>();
var app = builder.Build();

// expect: the mobile logout endpoint only answers 204
app.MapPost("/api/mobile/logout", (HttpContext http) =>
{
    http.Response.Headers["Clear-Site-Data"] = "\"storage\"";
    return Results.NoContent();
}).RequireAuthorization();

// ok: revokes through the device sessions service
app.MapPost("/api/mobile/logout-all", async (HttpContext http, IDeviceSessions sessions) =>
{
    await sessions.CloseAllAsync(http.User.Identity!.Name!);
    return Results.NoContent();
}).RequireAuthorization();

app.MapPost("/api/mobile/token/refresh", async (MobileRefresh body, IMobileTokens tokens) =>
    await tokens.RefreshAsync(body.RefreshToken) is { } pair ? Results.Ok(pair) : Results.Unauthorized());

app.Run();
