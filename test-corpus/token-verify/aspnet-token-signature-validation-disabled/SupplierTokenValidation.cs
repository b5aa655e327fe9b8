using System.IdentityModel.Tokens.Jwt;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Procurement.Api.Auth;

public sealed class SupplierTokenValidation
{
    private readonly SupplierKeyRing _keys;
    private readonly IOptions<SupplierAuthOptions> _options;

    public SupplierTokenValidation(SupplierKeyRing keys, IOptions<SupplierAuthOptions> options)
    {
        _keys = keys;
        _options = options;
    }

    public TokenValidationParameters LegacyParameters()
    {
        var parameters = new TokenValidationParameters { ValidIssuer = _options.Value.Issuer };
        // expect: anonymous delegate that skips the signature
        parameters.SignatureValidator = delegate (string token, TokenValidationParameters p)
        {
            var jwt = new JwtSecurityToken(token);
            return jwt;
        };
        return parameters;
    }

    public TokenValidationParameters DetachedSignatureParameters() => new()
    {
        ValidIssuer = _options.Value.Issuer,
        // ok: the custom validator verifies the detached signature before returning the token
        SignatureValidator = (token, p) =>
        {
            var jwt = new JwtSecurityToken(token);
            if (!_keys.VerifyDetached(jwt.RawHeader + "." + jwt.RawPayload, jwt.RawSignature))
            {
                throw new SecurityTokenInvalidSignatureException("Supplier token signature is invalid");
            }
            return jwt;
        },
    };

    public TokenValidationParameters StrictParameters() => new()
    {
        ValidIssuer = _options.Value.Issuer,
        IssuerSigningKeys = _keys.Current(),
        // ok: signed tokens required; comes from configuration
        RequireSignedTokens = _options.Value.RequireSignedTokens,
    };
}
