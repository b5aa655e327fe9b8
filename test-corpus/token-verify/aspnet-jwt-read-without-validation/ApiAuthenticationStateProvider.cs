using System.Security.Claims;
using System.Text.Json;
using Blazored.LocalStorage;
using Microsoft.AspNetCore.Components.Authorization;

namespace Acme.Timesheets.Client.Auth;

/// <summary>Blazor WebAssembly: builds the UI's auth state from the stored access token.</summary>
public sealed class ApiAuthenticationStateProvider : AuthenticationStateProvider
{
    private readonly ILocalStorageService _storage;

    public ApiAuthenticationStateProvider(ILocalStorageService storage) => _storage = storage;

    public override async Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var jwt = await _storage.GetItemAsync<string>("timesheets.token");
        if (string.IsNullOrEmpty(jwt))
        {
            return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()));
        }
        var parts = jwt.Split('.');
        // ok: client-side display only; the API validates the token on every request
        var payload = Convert.FromBase64String(Pad(parts[1]));
        var claims = JsonSerializer.Deserialize<Dictionary<string, object>>(payload)!
            .Select(kv => new Claim(kv.Key, kv.Value.ToString()!));
        return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "jwt")));
    }

    private static string Pad(string s) => s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
}
