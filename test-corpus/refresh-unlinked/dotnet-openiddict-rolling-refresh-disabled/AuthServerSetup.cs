using System;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Hr.AuthServer;

public static class AuthServerSetup
{
    public static IServiceCollection AddHrAuthServer(this IServiceCollection services)
    {
        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<HrAuthDbContext>())
            .AddServer(options =>
            {
                options.SetTokenEndpointUris("connect/token");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.AllowRefreshTokenFlow();
                options.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                // expect: rotation turned off for every client
                options.DisableRollingRefreshTokens();
                options.AddDevelopmentSigningCertificate();
            });
        return services;
    }

    public static IServiceCollection AddKioskAuthServer(this IServiceCollection services)
    {
        services.AddOpenIddict()
            .AddServer(options =>
            {
                options.AllowRefreshTokenFlow();
                // ok: the reuse leeway tolerates network retries, rotation stays on
                options.SetRefreshTokenReuseLeeway(TimeSpan.FromSeconds(30));
                // expect: no token table, nothing can be revoked
                options.DisableTokenStorage();
            });
        return services;
    }
}
