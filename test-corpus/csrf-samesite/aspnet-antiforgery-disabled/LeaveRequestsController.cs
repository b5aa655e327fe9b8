using Acme.Hr.Leave;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Hr.Web.Controllers;

[Authorize]
public class LeaveRequestsController : Controller
{
    private readonly ILeaveService _leave;

    public LeaveRequestsController(ILeaveService leave) => _leave = leave;

    [HttpPost]
    // expect: a state-changing action under cookie auth opts out of antiforgery validation
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Approve(int id)
    {
        await _leave.ApproveAsync(id, User.Identity!.Name!);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(int id)
    {
        await _leave.CancelAsync(id, User.Identity!.Name!);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    // ok: GET requests are never validated; the attribute changes nothing here
    [IgnoreAntiforgeryToken]
    public IActionResult Index() => View(_leave.ForEmployee(User.Identity!.Name!));
}

// expect: the whole controller opts out (global AutoValidateAntiforgeryToken no longer applies)
[Authorize, IgnoreAntiforgeryToken(Order = 1001)]
public class LeaveBalanceController : Controller
{
    private readonly ILeaveService _leave;

    public LeaveBalanceController(ILeaveService leave) => _leave = leave;

    [HttpPost]
    public async Task<IActionResult> Adjust(string employeeId, decimal days)
    {
        await _leave.AdjustBalanceAsync(employeeId, days);
        return Ok();
    }
}

[ApiController]
[Route("api/leave")]
[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
// ok: bearer-token API: browsers do not attach the Authorization header cross-site
[IgnoreAntiforgeryToken]
public class LeaveApiController : ControllerBase
{
    private readonly ILeaveService _leave;

    public LeaveApiController(ILeaveService leave) => _leave = leave;

    [HttpPost("{id:int}/approve")]
    public Task Approve(int id) => _leave.ApproveAsync(id, User.Identity!.Name!);
}
