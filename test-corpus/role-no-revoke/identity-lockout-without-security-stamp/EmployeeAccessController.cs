using System;
using System.Threading.Tasks;
using Acme.Hr.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Hr.Web.Controllers;

[Authorize(Roles = "HrAdmin")]
public class EmployeeAccessController : Controller
{
    private readonly UserManager<HrUser> _userManager;
    private readonly AccountShutdown _shutdown;

    public EmployeeAccessController(UserManager<HrUser> userManager, AccountShutdown shutdown)
    {
        _userManager = userManager;
        _shutdown = shutdown;
    }

    [HttpPost]
    public async Task<IActionResult> Suspend(string id)
    {
        var employee = await _userManager.FindByIdAsync(id);
        // expect: locked out, but the running sign-in stays valid
        await _userManager.SetLockoutEndDateAsync(employee, DateTimeOffset.MaxValue);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> SetLeave(string id, DateTimeOffset returnsOn)
    {
        var employee = await _userManager.FindByIdAsync(id);
        // expect: locked until the return date, sessions untouched
        await _userManager.SetLockoutEndDateAsync(employee, returnsOn);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Terminate(string id)
    {
        var employee = await _userManager.FindByIdAsync(id);
        // ok: the stamp of the same user is rotated right after
        await _userManager.SetLockoutEndDateAsync(employee, DateTimeOffset.MaxValue);
        await _userManager.UpdateSecurityStampAsync(employee);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Disable(string id)
    {
        var employee = await _userManager.FindByIdAsync(id);
        // ok: a helper of this controller ends the sessions
        await _userManager.SetLockoutEndDateAsync(employee, DateTimeOffset.MaxValue);
        await SignOutEverywhere(employee);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Offboard(string id)
    {
        var employee = await _userManager.FindByIdAsync(id);
        // ok: the shutdown service (another file) rotates the stamp
        await _userManager.SetLockoutEndDateAsync(employee, DateTimeOffset.MaxValue);
        await _shutdown.Complete(employee);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(string id)
    {
        var employee = await _userManager.FindByIdAsync(id);
        // ok: unlocking grants nothing the old cookie did not have
        await _userManager.SetLockoutEndDateAsync(employee, null);
        // ok: an end date in the past unlocks too
        await _userManager.SetLockoutEndDateAsync(employee, DateTimeOffset.UtcNow.AddMinutes(-1));
        return RedirectToAction(nameof(Index));
    }

    public IActionResult Index() => View();

    private async Task SignOutEverywhere(HrUser employee)
    {
        await _userManager.UpdateSecurityStampAsync(employee);
    }
}
