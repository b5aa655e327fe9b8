using System;
using Acme.Finance.Api.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<JwtIssuer>();
var app = builder.Build();

app.MapPost("/api/kiosk/token/refresh", (KioskRefreshRequest req, JwtIssuer jwt) =>
{
    var principal = jwt.GetPrincipalFromExpiredToken(req.AccessToken);
    // expect: minimal-API refresh route, the expired access token alone buys a new one
    return Results.Ok(new { access = jwt.GenerateAccessToken(principal.Claims) });
});

app.MapPost("/api/kiosk/token/refresh-v2", async (KioskRefreshRequest req, JwtIssuer jwt, IKioskTokenStore store) =>
{
    var principal = jwt.GetPrincipalFromExpiredToken(req.AccessToken);
    var stored = await store.FindAsync(req.RefreshToken);
    if (stored is null || stored.IsRevoked)
    {
        return Results.Unauthorized();
    }
    // ok: the kiosk token store is consulted and the revocation flag checked
    return Results.Ok(new { access = jwt.GenerateAccessToken(principal.Claims) });
});

app.Run();
