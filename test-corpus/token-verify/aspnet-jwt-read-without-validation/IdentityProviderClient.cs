using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Json;

namespace Acme.Payroll.Integration;

/// <summary>Client-credentials flow against the HR identity provider.</summary>
public sealed class IdentityProviderClient
{
    private readonly HttpClient _http;

    public IdentityProviderClient(HttpClient http) => _http = http;

    public async Task<DateTime> FetchTokenExpiryAsync(CancellationToken ct)
    {
        var response = await _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
        }), ct);
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        // ok: our own token, fetched over TLS from the provider, read only to schedule renewal
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(body!.AccessToken);
        return jwt.ValidTo;
    }
}

public sealed class ServiceTokenCache
{
    public string? AccessToken { get; private set; }

    public bool ExpiresSoon()
    {
        var parts = AccessToken!.Split('.');
        // ok: our own service token from the identity provider, decoded to plan renewal
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(parts[1].PadRight(parts[1].Length + (4 - parts[1].Length % 4) % 4, '=')));
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("exp").GetInt64() < DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
    }
}
