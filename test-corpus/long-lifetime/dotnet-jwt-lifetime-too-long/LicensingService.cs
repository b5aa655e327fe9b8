using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Inventory.Licensing;

public class LicensingService
{
    private readonly SigningCredentials _licenseKey;

    public LicensingService(SigningCredentials licenseKey)
    {
        _licenseKey = licenseKey;
    }

    public string SignSiteLicense(IEnumerable<Claim> entitlements)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(entitlements),
            // ok: a signed licence file for an installation, not a user's access token
            Expires = DateTime.UtcNow.AddYears(1),
            SigningCredentials = _licenseKey,
        };
        var handler = new JwtSecurityTokenHandler();
        return handler.WriteToken(handler.CreateToken(descriptor));
    }
}
