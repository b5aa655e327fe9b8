using System;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Acme.Finance.Api.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Finance.Api.Controllers;

[ApiController]
[Route("api/auth")]
public class AuthController : ControllerBase
{
    private const string RefreshCookie = "fin_refresh";
    private readonly FinanceDbContext _db;
    private readonly IDeviceSessions _deviceSessions;
    private readonly ILogoutAudit _audit;

    public AuthController(FinanceDbContext db, IDeviceSessions deviceSessions, ILogoutAudit audit)
    {
        _db = db;
        _deviceSessions = deviceSessions;
        _audit = audit;
    }

    [Authorize]
    [HttpPost("logout")]
    // expect: the refresh cookie is dropped in the browser only
    public IActionResult Logout()
    {
        Response.Cookies.Delete(RefreshCookie);
        return NoContent();
    }

    [Authorize]
    [HttpPost("logout-all")]
    // ok: the device sessions service (another file) deletes every refresh token of the employee
    public async Task<IActionResult> LogoutAll()
    {
        var employeeId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await _deviceSessions.CloseAllAsync(employeeId);
        Response.Cookies.Delete(RefreshCookie);
        return NoContent();
    }

    [Authorize]
    [HttpPost("sign-out")]
    // ok: the presented refresh token is marked revoked
    public async Task<IActionResult> SignOut()
    {
        var hash = TokenHasher.Hash(Request.Cookies[RefreshCookie] ?? string.Empty);
        var token = await _db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (token != null)
        {
            token.RevokedAt = DateTime.UtcNow;
            await _db.SaveChangesAsync();
        }
        Response.Cookies.Delete(RefreshCookie);
        return NoContent();
    }

    [Authorize]
    [HttpPost("logoff")]
    // ok: a helper of this controller retires the token
    public async Task<IActionResult> LogOff()
    {
        await RetireCurrentToken();
        return NoContent();
    }

    [Authorize(Roles = "Auditor")]
    [HttpGet("logout-history")]
    // ok: a report about logouts, not a logout
    public async Task<IActionResult> LogoutHistory(string employeeId)
    {
        return Ok(await _audit.ForEmployeeAsync(employeeId));
    }

    private async Task RetireCurrentToken()
    {
        var hash = TokenHasher.Hash(Request.Cookies[RefreshCookie] ?? string.Empty);
        await _db.RefreshTokens.Where(t => t.TokenHash == hash).ExecuteDeleteAsync();
        Response.Cookies.Delete(RefreshCookie);
    }
}
