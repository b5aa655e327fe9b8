using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Hr.Api.Tokens;

public sealed class RefreshTokenService
{
    private readonly SigningOptions _signing;
    private readonly IRefreshTokenStore _store;

    public RefreshTokenService(IOptions<SigningOptions> signing, IRefreshTokenStore store)
    {
        _signing = signing.Value;
        _store = store;
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = _signing.Issuer,
        ValidAudience = _signing.Audience,
        ValidateIssuerSigningKey = true,
        // ok: the key comes from bound options (user secrets / Key Vault), not the source
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_signing.AccessTokenKey)),
    };

    public async Task<string> IssueAccessTokenAsync(string employeeId, CancellationToken ct)
    {
        var keyMaterial = await _store.GetSigningKeyAsync(ct);
        // ok: key material loaded from the token store at run time
        var key = new SymmetricSecurityKey(Convert.FromBase64String(keyMaterial));
        var token = new JwtSecurityToken(
            issuer: _signing.Issuer,
            audience: _signing.Audience,
            claims: new[] { new Claim(JwtRegisteredClaimNames.Sub, employeeId) },
            expires: DateTime.UtcNow.AddMinutes(15),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public TokenValidationParameters RefreshValidationParameters()
    {
        var keyBytes = Convert.FromBase64String(_signing.RefreshTokenKey);
        return new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            // ok: a byte-array local decoded from bound options
            IssuerSigningKey = new SymmetricSecurityKey(keyBytes),
        };
    }

    public TokenValidationParameters LegacyValidationParameters() => new()
    {
        ValidIssuer = _signing.Issuer,
        ValidateIssuerSigningKey = true,
        // expect: literal concatenation kept for the old HR desktop client
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("hr-desktop-" + "legacy-signing-key-v1")),
    };
}
