using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Acme.Payroll.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Payroll.Api.Controllers;

[ApiController]
[Route("api/token")]
public class RefreshController : ControllerBase
{
    private readonly TokenValidationParameters _expiredTokenParameters;
    private readonly IRefreshStore _refresh;

    public RefreshController(TokenValidationParameters expiredTokenParameters, IRefreshStore refresh)
    {
        _expiredTokenParameters = expiredTokenParameters;
        _refresh = refresh;
    }

    [HttpPost("refresh")]
    public async Task<IActionResult> Refresh([FromBody] RefreshRequest request)
    {
        var handler = new JwtSecurityTokenHandler();
        // ok: peek at the header for the key id; the token is validated just below
        var kid = handler.ReadJwtToken(request.AccessToken).Header.Kid;
        var principal = handler.ValidateToken(request.AccessToken, _expiredTokenParameters.WithKey(kid), out _);
        var pair = await _refresh.RotateAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, request.RefreshToken);
        return Ok(pair);
    }
}
