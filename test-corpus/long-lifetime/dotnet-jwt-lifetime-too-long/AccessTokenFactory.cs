using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Inventory.Api.Security;

public class AccessTokenFactory
{
    private const int PickerShiftDays = 14;
    private readonly JwtSettings _settings;
    private readonly SigningCredentials _credentials;

    public AccessTokenFactory(IOptions<JwtSettings> settings)
    {
        _settings = settings.Value;
        _credentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(_settings.Key)), SecurityAlgorithms.HmacSha256);
    }

    public string CreateForManager(IEnumerable<Claim> claims)
    {
        var token = new JwtSecurityToken(_settings.Issuer, _settings.Audience, claims,
            // expect: a manager's token lives a week
            expires: DateTime.UtcNow.AddDays(7), signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreateForPicker(IEnumerable<Claim> claims)
    {
        // expect: positional expires, a shift-long token from a constant
        var token = new JwtSecurityToken(_settings.Issuer, _settings.Audience, claims, DateTime.UtcNow, DateTime.UtcNow.AddDays(PickerShiftDays), _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreateForScanner(ClaimsIdentity identity)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = identity,
            // expect: descriptor expiry of a year
            Expires = DateTime.UtcNow.AddYears(1),
            SigningCredentials = _credentials,
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    public string CreateForClerk(ClaimsIdentity identity)
    {
        var descriptor = new SecurityTokenDescriptor { Subject = identity, SigningCredentials = _credentials };
        // expect: set after construction, never expires
        descriptor.Expires = DateTime.MaxValue;
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    public string CreateForAuditor(IEnumerable<Claim> claims)
    {
        var token = new JwtSecurityToken(_settings.Issuer, _settings.Audience, claims,
            // ok: fifteen minutes
            expires: DateTime.UtcNow.AddMinutes(15), signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreateForSupervisor(ClaimsIdentity identity)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = identity,
            // ok: from configuration, cannot be judged here
            Expires = DateTime.UtcNow.AddMinutes(_settings.AccessTokenMinutes),
            SigningCredentials = _credentials,
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    public string CreateRefreshJwt(string employeeId)
    {
        var token = new JwtSecurityToken(_settings.Issuer, "refresh", new[] { new Claim("sub", employeeId) },
            // ok: a refresh token, judged against the refresh-token limit elsewhere
            expires: DateTime.UtcNow.AddDays(30), signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreatePasswordResetToken(string employeeId)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("sub", employeeId), new Claim("purpose", "reset") }),
            // ok: not a session token
            Expires = DateTime.UtcNow.AddDays(2),
            SigningCredentials = _credentials,
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }
}
