using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
var signingKey = builder.Configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey missing");

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration["Jwt:Authority"];
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            // ok: ValidateIssuerSigningKey only checks the key itself (e.g. certificate validity); signatures are still verified
            ValidateIssuerSigningKey = false,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            // ok: RequireSignedTokens explicitly on (the default)
            RequireSignedTokens = true,
        };
    })
    .AddJwtBearer("WarehouseDevices", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://devices.acme-inventory.example",
            ValidateAudience = false,
            // expect: unsigned tokens (alg "none") are accepted
            RequireSignedTokens = false,
        };
    })
    .AddJwtBearer("PartnerPortal", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://partners.acme-inventory.example",
            ValidAudience = "inventory-api",
            // expect: the signature check is replaced by a parse of the raw token
            SignatureValidator = (token, parameters) => new JwtSecurityToken(token),
        };
    })
    .AddJwtBearer("Scanners", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://scanners.acme-inventory.example",
            // expect: the JsonWebToken form of the same bypass
            SignatureValidator = (token, _) => new JsonWebToken(token),
        };
    });

builder.Services.PostConfigure<JwtBearerOptions>("Scanners", options =>
{
    // expect: RequireSignedTokens switched off on existing parameters
    options.TokenValidationParameters.RequireSignedTokens = false;
});

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();
