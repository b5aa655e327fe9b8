using System;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Hr.AuthServer;

public static class OpenIddictSetup
{
    public static void AddHrOpenIddict(this IServiceCollection services)
    {
        services.AddOpenIddict()
            .AddServer(options =>
            {
                // expect: access tokens that never expire
                options.SetAccessTokenLifetime(null);
                // expect: half-year refresh tokens
                options.SetRefreshTokenLifetime(TimeSpan.FromDays(180));
            });

        services.AddOpenIddict()
            .AddServer(options =>
            {
                // ok: fifteen minutes
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(15));
                // ok: thirty days
                options.SetRefreshTokenLifetime(TimeSpan.FromDays(30));
            });
    }
}
