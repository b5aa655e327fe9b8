using Acme.Procurement.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Procurement.Api.Configuration;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddProcurementAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(options =>
        {
            options.Issuer = configuration["Jwt:Issuer"] ?? "procurement-api";
            options.Audience = configuration["Jwt:Audience"] ?? "procurement-clients";
            // expect: the signing key falls back to a literal when the setting is missing
            options.SigningKey = configuration["Jwt:SigningKey"] ?? "procurement-dev-signing-key-0b1c2d";
            // expect: GetValue with a literal default for the refresh token secret
            options.RefreshSecret = configuration.GetValue<string>("Jwt:RefreshTokenSecret", "refresh-dev-secret-please-change");
            options.AccessTokenMinutes = configuration.GetValue("Jwt:AccessTokenMinutes", 15);
        });

        services.Configure<SupplierPortalOptions>(options =>
        {
            // expect: environment variable with a literal fallback
            options.SessionSecret = Environment.GetEnvironmentVariable("SUPPLIER_SESSION_SECRET") ?? "supplier-portal-session";
            // expect: GetSection(..).Value with a literal fallback
            options.CookieSigningKey = configuration.GetSection("SupplierPortal:CookieSigningKey").Value ?? "supplier-cookie-key-v1";
            // ok: no fallback: fails at start-up when the secret is missing
            options.WebhookSecret = configuration["SupplierPortal:WebhookSecret"]
                ?? throw new InvalidOperationException("SupplierPortal:WebhookSecret is not configured");
            // ok: empty fallback, validated by the options validator
            options.ApiAuthKey = configuration["SupplierPortal:ApiAuthKey"] ?? string.Empty;
            // ok: not a secret (the setting name says so)
            options.AuthCookieName = configuration["SupplierPortal:AuthCookieName"] ?? "supplier.auth";
        });

        return services;
    }
}
