using System.IdentityModel.Tokens.Jwt;
using Acme.Inventory.Stock;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/stock/adjust", (StockAdjustment adjustment, HttpContext http, IStockLedger ledger) =>
{
    // expect: the cookie value is parsed inline and trusted for the warehouse id
    var jwt = new JwtSecurityTokenHandler().ReadJwtToken(http.Request.Cookies["stock_jwt"]);
    ledger.Adjust(jwt.Claims.First(c => c.Type == "warehouse").Value, adjustment);
    return Results.NoContent();
});

app.MapGet("/stock/label", (string labelToken, ILabelPrinter printer) =>
{
    // expect: a minimal API parameter (bound from the query string) parsed without validation
    var label = new JwtSecurityTokenHandler().ReadJwtToken(labelToken);
    return Results.File(printer.Render(label.Subject), "application/pdf");
});

app.MapGet("/stock/whoami", async (HttpContext http) =>
{
    var saved = await http.GetTokenAsync("access_token");
    // ok: the token stored in the authentication ticket by the OIDC handler, not client input
    var jwt = new JwtSecurityTokenHandler().ReadJwtToken(saved);
    return Results.Ok(jwt.Subject);
});

app.Run();
