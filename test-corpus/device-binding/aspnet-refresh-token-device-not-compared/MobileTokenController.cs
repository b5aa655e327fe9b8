using System;
using System.Linq;
using System.Threading.Tasks;
using Acme.Hr.Mobile.Api.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Hr.Mobile.Api.Controllers;

public record MobileRefreshRequest(string RefreshToken, string DeviceId);

[ApiController]
[Route("api/mobile/token")]
public class MobileTokenController : ControllerBase
{
    private readonly HrMobileDbContext _db;
    private readonly MobileTokenIssuer _issuer;
    private readonly DeviceBindingGuard _guard;

    public MobileTokenController(HrMobileDbContext db, MobileTokenIssuer issuer, DeviceBindingGuard guard)
    {
        _db = db;
        _issuer = issuer;
        _guard = guard;
    }

    [AllowAnonymous]
    [HttpPost("refresh")]
    public async Task<IActionResult> Refresh(MobileRefreshRequest request)
    {
        var hash = TokenHasher.Hash(request.RefreshToken);
        // expect: looked up by value only, DeviceId is stored but never compared
        var stored = await _db.DeviceRefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (stored is null || !stored.IsActive)
        {
            return Unauthorized();
        }
        return Ok(await _issuer.RotateAsync(stored));
    }

    [AllowAnonymous]
    [HttpPost("refresh-bound")]
    public async Task<IActionResult> RefreshBound(MobileRefreshRequest request)
    {
        var hash = TokenHasher.Hash(request.RefreshToken);
        // ok: the device is part of the lookup
        var stored = await _db.DeviceRefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.DeviceId == request.DeviceId);
        if (stored is null || !stored.IsActive)
        {
            return Unauthorized();
        }
        return Ok(await _issuer.RotateAsync(stored));
    }

    [AllowAnonymous]
    [HttpPost("renew")]
    public async Task<IActionResult> RenewToken(MobileRefreshRequest request)
    {
        var hash = TokenHasher.Hash(request.RefreshToken);
        // ok: the stored user agent is compared right after the lookup
        var stored = await _db.DeviceRefreshTokens.Include(t => t.Employee).FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (stored is null || stored.UserAgent != Request.Headers.UserAgent.ToString())
        {
            return Unauthorized();
        }
        return Ok(await _issuer.RotateAsync(stored));
    }

    [AllowAnonymous]
    [HttpPost("rotate")]
    public async Task<IActionResult> RotateTokens(MobileRefreshRequest request)
    {
        var hash = TokenHasher.Hash(request.RefreshToken);
        // ok: the device binding guard (another file) compares the device after the lookup
        var stored = await _db.DeviceRefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (stored is null || !_guard.Accepts(stored, HttpContext))
        {
            return Unauthorized();
        }
        return Ok(await _issuer.RotateAsync(stored));
    }

    [Authorize]
    [HttpGet("devices")]
    public async Task<IActionResult> RefreshDeviceList(string employeeId)
    {
        // ok: a device list for the settings screen, not a token refresh
        var devices = await _db.DeviceRefreshTokens.Where(t => t.EmployeeId == employeeId).ToListAsync();
        return Ok(devices.Select(d => new { d.DeviceId, d.ExpiresAt }));
    }
}
