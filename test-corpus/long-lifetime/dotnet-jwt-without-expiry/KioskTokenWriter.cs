using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Hr.Kiosk.Security;

public class KioskTokenWriter
{
    private readonly KioskJwtOptions _options;
    private readonly SigningCredentials _credentials;

    public KioskTokenWriter(KioskJwtOptions options, SigningCredentials credentials)
    {
        _options = options;
        _credentials = credentials;
    }

    public string ForBadge(IEnumerable<Claim> claims)
    {
        // expect: issuer, audience, claims and credentials, but no expiry
        var token = new JwtSecurityToken(_options.Issuer, _options.Audience, claims, signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string ForTerminal(IEnumerable<Claim> claims)
    {
        // expect: named arguments, still no expires
        var token = new JwtSecurityToken(
            issuer: _options.Issuer,
            audience: _options.Audience,
            claims: claims,
            signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string ForShift(IEnumerable<Claim> claims)
    {
        // ok: expires given by name
        var token = new JwtSecurityToken(_options.Issuer, _options.Audience, claims,
            expires: DateTime.UtcNow.AddMinutes(30), signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string ForBreak(IEnumerable<Claim> claims)
    {
        // ok: expires as the fifth positional argument
        var token = new JwtSecurityToken(_options.Issuer, _options.Audience, claims, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15), _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string ReadBack(string encoded)
    {
        // ok: the one-argument form parses a token
        var parsed = new JwtSecurityToken(encoded);
        return parsed.Subject;
    }

    public string FromParts(JwtHeader header, JwtPayload payload)
    {
        // ok: header and payload, the payload carries its own exp
        var token = new JwtSecurityToken(header, payload);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
