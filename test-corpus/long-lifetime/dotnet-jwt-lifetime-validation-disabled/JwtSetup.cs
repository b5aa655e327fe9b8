using System;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Finance.Api.Setup;

public static class JwtSetup
{
    public static void AddFinanceJwt(this IServiceCollection services, IConfiguration config)
    {
        var key = new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:Key"]!));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = config["Jwt:Issuer"],
                    ValidAudience = config["Jwt:Audience"],
                    IssuerSigningKey = key,
                    // expect: expired tokens accepted by the API
                    ValidateLifetime = false,
                    // expect: and tokens without exp
                    RequireExpirationTime = false,
                    // ok: thirty seconds of skew
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            })
            .AddJwtBearer("Partner", options =>
            {
                options.TokenValidationParameters.IssuerSigningKey = key;
                // expect: a day of skew extends every token by a day
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromDays(1);
                // expect: lifetime check replaced by a delegate that accepts everything
                options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, token, parameters) => true;
                // ok: a real lifetime check
                options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, token, parameters) => expires > DateTime.UtcNow;
                // ok: the default
                options.TokenValidationParameters.ValidateLifetime = true;
            });
    }
}

public class ExpiredTokenReader
{
    private readonly TokenValidationParameters _base;

    public ExpiredTokenReader(TokenValidationParameters baseParameters)
    {
        _base = baseParameters;
    }

    public ClaimsPrincipal GetPrincipalFromExpiredToken(string accessToken)
    {
        var parameters = _base.Clone();
        // ok: the refresh flow reads the claims of an expired access token on purpose
        parameters.ValidateLifetime = false;
        return new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ValidateToken(accessToken, parameters, out _);
    }

    public ClaimsPrincipal? ReadClaims(string bearerToken)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = _base.IssuerSigningKey,
            // ok: returns the principal of a token it reads on purpose without lifetime (refresh flow)
            ValidateLifetime = false,
        };
        return new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ValidateToken(bearerToken, parameters, out _);
    }
}
