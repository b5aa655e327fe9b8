using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Inventory.Api.Auth;

public sealed class HandheldTokenFactory
{
    public string Issue(string scannerId)
    {
        // the literal sits in HandheldDefaults.cs (another file): see the todo-expect there
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(HandheldDefaults.Material));
        var token = new JwtSecurityToken(
            claims: new[] { new Claim(JwtRegisteredClaimNames.Sub, scannerId) },
            expires: DateTime.UtcNow.AddMinutes(HandheldDefaults.LifetimeMinutes),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
