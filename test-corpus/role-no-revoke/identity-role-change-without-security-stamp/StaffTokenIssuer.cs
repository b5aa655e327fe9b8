using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Payroll.Identity;

public class StaffTokenIssuer
{
    private readonly UserManager<PayrollUser> _userManager;
    private readonly SigningCredentials _credentials;

    public StaffTokenIssuer(UserManager<PayrollUser> userManager, SigningCredentials credentials)
    {
        _userManager = userManager;
        _credentials = credentials;
    }

    public async Task<string> IssueAsync(PayrollUser staff)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, staff.Id) };
        claims.AddRange((await _userManager.GetRolesAsync(staff)).Select(r => new Claim(ClaimTypes.Role, r)));
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = _credentials,
        };
        var handler = new JwtSecurityTokenHandler();
        return handler.WriteToken(handler.CreateToken(descriptor));
    }
}
