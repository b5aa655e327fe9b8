using System.Collections.Generic;
using Duende.IdentityServer.Models;

namespace Acme.Identity.Server;

public static class Clients
{
    public static IEnumerable<Client> All(string timesheetsUrl) => new List<Client>
    {
        new Client
        {
            ClientId = "timesheets-spa",
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RequireClientSecret = false,
            AllowOfflineAccess = true,
            RedirectUris = { $"{timesheetsUrl}/callback" },
            // expect: browser client without a secret, refresh token never rotates
            RefreshTokenUsage = TokenUsage.ReUse,
            RefreshTokenExpiration = TokenExpiration.Sliding,
        },
        new Client
        {
            ClientId = "payroll-batch",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("payroll-batch-secret".Sha256()) },
            AllowOfflineAccess = true,
            // ok: confidential client (RequireClientSecret defaults to true)
            RefreshTokenUsage = TokenUsage.ReUse,
        },
        new Client
        {
            ClientId = "warehouse-scanner",
            AllowedGrantTypes = GrantTypes.Code,
            RequireClientSecret = false,
            RequireDPoP = true,
            AllowOfflineAccess = true,
            // ok: public, but its refresh tokens are bound to the device key with DPoP
            RefreshTokenUsage = TokenUsage.ReUse,
        },
        new Client
        {
            ClientId = "expenses-mobile",
            AllowedGrantTypes = GrantTypes.Code,
            RequireClientSecret = false,
            AllowOfflineAccess = true,
            // ok: public client with rotation
            RefreshTokenUsage = TokenUsage.OneTimeOnly,
        },
    };
}

public class DesktopClient : Client
{
    public DesktopClient(string id, int slidingDays)
    {
        ClientId = id;
        AllowedGrantTypes = GrantTypes.Code;
        RequirePkce = true;
        // expect: constructor of a Client subclass, public client
        RefreshTokenUsage = TokenUsage.ReUse;
        SlidingRefreshTokenLifetime = 86400 * slidingDays;
        RequireClientSecret = false;
        AllowOfflineAccess = true;
    }
}
