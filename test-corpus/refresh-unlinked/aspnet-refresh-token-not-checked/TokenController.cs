using System;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Acme.Finance.Api.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Finance.Api.Controllers;

public record TokenPairRequest(string AccessToken, string RefreshToken);

[ApiController]
[Route("api/token")]
public class TokenController : ControllerBase
{
    private readonly JwtIssuer _jwt;
    private readonly UserManager<FinanceUser> _users;
    private readonly FinanceDbContext _db;
    private readonly IMobileSessionLedger _ledger;
    private readonly PayslipLinks _payslipLinks;

    public TokenController(JwtIssuer jwt, UserManager<FinanceUser> users, FinanceDbContext db,
        IMobileSessionLedger ledger, PayslipLinks payslipLinks)
    {
        _jwt = jwt;
        _users = users;
        _db = db;
        _ledger = ledger;
        _payslipLinks = payslipLinks;
    }

    [AllowAnonymous]
    [HttpPost("refresh")]
    public async Task<IActionResult> Refresh(TokenPairRequest request)
    {
        var principal = _jwt.GetPrincipalFromExpiredToken(request.AccessToken);
        var user = await _users.FindByNameAsync(principal.Identity!.Name!);
        if (user is null)
        {
            return Unauthorized();
        }
        // expect: the refresh token in the request is never compared with anything
        var access = _jwt.GenerateAccessToken(principal.Claims);
        var refresh = _jwt.GenerateRefreshToken();
        user.RefreshToken = refresh;
        await _users.UpdateAsync(user);
        return Ok(new { access, refresh });
    }

    [AllowAnonymous]
    [HttpPost("refresh-checked")]
    public async Task<IActionResult> RefreshChecked(TokenPairRequest request)
    {
        var principal = _jwt.GetPrincipalFromExpiredToken(request.AccessToken);
        var user = await _users.FindByNameAsync(principal.Identity!.Name!);
        if (user is null || user.RefreshToken != request.RefreshToken || user.RefreshTokenExpiryTime <= DateTime.UtcNow)
        {
            return Unauthorized();
        }
        // ok: compared with the token stored on the user, expiry checked
        var access = _jwt.GenerateAccessToken(principal.Claims);
        user.RefreshToken = _jwt.GenerateRefreshToken();
        await _users.UpdateAsync(user);
        return Ok(new { access, refresh = user.RefreshToken });
    }

    [AllowAnonymous]
    [HttpPost("renew")]
    public async Task<IActionResult> RenewToken([FromBody] string refreshToken)
    {
        var stored = await FindActiveToken(refreshToken);
        if (stored is null)
        {
            return Unauthorized();
        }
        // ok: looked up in the refresh-token table by a helper of this controller
        return Ok(new { access = _jwt.GenerateAccessToken(stored.Employee.Claims()) });
    }

    [AllowAnonymous]
    [HttpPost("mobile/refresh")]
    public async Task<IActionResult> RefreshMobile(TokenPairRequest request)
    {
        var employee = await _ledger.RedeemAsync(request.RefreshToken, Request.Headers.UserAgent.ToString());
        if (employee is null)
        {
            return Unauthorized();
        }
        // ok: redeemed against the session ledger (another file), which checks and rotates it
        return Ok(new { access = _jwt.GenerateAccessToken(employee.Claims()) });
    }

    [Authorize]
    [HttpPost("payslips/{id}/refresh-link")]
    public IActionResult RefreshPayslipLink(Guid id, string token)
    {
        // ok: not a session refresh, a new download token for a payslip
        return Ok(new { url = _payslipLinks.CreateDownloadToken(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!) });
    }

    private async Task<StoredRefreshToken?> FindActiveToken(string refreshToken)
    {
        var hash = TokenHasher.Hash(refreshToken);
        return await _db.RefreshTokens.Include(t => t.Employee)
            .SingleOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > DateTime.UtcNow);
    }
}
