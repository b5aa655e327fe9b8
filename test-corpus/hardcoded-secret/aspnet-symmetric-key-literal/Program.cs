using System.Text;
using Acme.Inventory.Api.Auth;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

// expect: configuration lookup with a literal fallback, used as the signing key below
var jwtKey = builder.Configuration["Jwt:Key"] ?? "inventory-dev-signing-key-change-me";

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = builder.Configuration["Jwt:Issuer"],
            ValidateAudience = true,
            ValidAudience = builder.Configuration["Jwt:Audience"],
            ValidateIssuerSigningKey = true,
            // reported at the fallback literal above
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey)),
        };
    });

builder.Services.AddAuthentication()
    .AddJwtBearer("Scanners", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            // ok: key from configuration with no fallback
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:ScannerKey"]!)),
        };
    });

builder.Services.AddAuthentication()
    .AddJwtBearer("Suppliers", options =>
    {
        var supplierKey = Environment.GetEnvironmentVariable("SUPPLIER_JWT_KEY")
            ?? throw new InvalidOperationException("SUPPLIER_JWT_KEY is not set");
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            // ok: environment variable, no literal fallback
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(supplierKey)),
        };
    });

builder.Services.AddAuthentication()
    .AddJwtBearer("Kiosk", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            // expect: environment lookup with a literal fallback, inline
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("KIOSK_JWT_KEY") ?? "kiosk-fallback-key-0001")),
        };
    });

var vault = new SecretClient(new Uri(builder.Configuration["KeyVault:Uri"]!), new DefaultAzureCredential());
KeyVaultSecret partnerSecret = vault.GetSecret("partner-jwt-signing-key");

builder.Services.AddAuthentication()
    .AddJwtBearer("Partners", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            // ok: key fetched from Azure Key Vault
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(partnerSecret.Value)),
        };
    });

builder.Services.AddSingleton<TokenIssuer>();
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();
