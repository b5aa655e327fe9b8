using System.Collections.Generic;
using Duende.IdentityServer.Models;

namespace Acme.Identity.Server;

public static class IdentityClients
{
    private const int Day = 24 * 60 * 60;

    public static IEnumerable<Client> Get(ClientLifetimes lifetimes) => new[]
    {
        new Client
        {
            ClientId = "expenses-spa",
            AllowedGrantTypes = GrantTypes.Code,
            RequireClientSecret = false,
            // expect: a week-long access token
            AccessTokenLifetime = 7 * Day,
            RefreshTokenExpiration = TokenExpiration.Sliding,
            // expect: sliding refresh tokens without an absolute limit
            AbsoluteRefreshTokenLifetime = 0,
        },
        new Client
        {
            ClientId = "payroll-batch",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            // ok: ten minutes
            AccessTokenLifetime = 600,
            // ok: absolute expiration, 0 here is not combined with sliding
            AbsoluteRefreshTokenLifetime = 0,
        },
        new Client
        {
            ClientId = "timesheets-mobile",
            AllowedGrantTypes = GrantTypes.Code,
            RequireClientSecret = false,
            // ok: from configuration
            AccessTokenLifetime = lifetimes.AccessSeconds,
            // expect: a one-year absolute refresh lifetime
            AbsoluteRefreshTokenLifetime = 365 * Day,
            // ok: fourteen days sliding
            SlidingRefreshTokenLifetime = 14 * Day,
        },
    };
}
