using System;
using System.Threading.Tasks;
using Acme.Payroll.Api.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Payroll.Api.Controllers;

[ApiController]
[Route("api/auth")]
public class AuthController : ControllerBase
{
    private readonly PayrollDbContext _db;
    private readonly PayrollTokenIssuer _issuer;

    public AuthController(PayrollDbContext db, PayrollTokenIssuer issuer)
    {
        _db = db;
        _issuer = issuer;
    }

    [HttpPost("refresh-token")]
    public async Task<IActionResult> RefreshToken([FromBody] string refreshToken)
    {
        // ok: this project's tokens record no device or client to compare
        var stored = await _db.RefreshTokens.SingleOrDefaultAsync(t => t.Token == refreshToken && t.Revoked == null);
        if (stored is null || stored.Expires < DateTime.UtcNow)
        {
            return Unauthorized();
        }
        return Ok(await _issuer.RotateAsync(stored));
    }

    [HttpPost("refresh")]
    public async Task<IActionResult> Refresh([FromBody] string refreshToken)
    {
        // ok: same project
        var stored = await _db.RefreshTokens.FirstOrDefaultAsync(t => t.Token == refreshToken);
        return stored is null ? Unauthorized() : Ok(await _issuer.RotateAsync(stored));
    }
}
