using Acme.Payroll.Timesheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Acme.Payroll.Web.Controllers;

[Authorize]
public class TimesheetController : Controller
{
    private readonly ITimesheetService _timesheets;
    private readonly EmbedOptions _embed;

    public TimesheetController(ITimesheetService timesheets, IOptions<EmbedOptions> embed)
    {
        _timesheets = timesheets;
        _embed = embed.Value;
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveDraft(TimesheetDraft draft)
    {
        var id = await _timesheets.SaveDraftAsync(User.Identity!.Name!, draft);
        Response.Cookies.Append("timesheet_draft", id.ToString(), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            // ok: Strict for a first-party cookie
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromDays(1),
        });
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public IActionResult Widget(string employeeId)
    {
        Response.Cookies.Append("timesheet_widget", employeeId, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            // expect: cookie for the intranet iframe, sent cross-site
            SameSite = SameSiteMode.None,
        });
        return View("Widget", _timesheets.Summary(employeeId));
    }

    [HttpGet]
    public IActionResult Index()
    {
        var options = new CookieOptions { HttpOnly = true, Secure = Request.IsHttps };
        if (_embed.AllowFraming)
        {
            // expect: assignment on an existing CookieOptions
            options.SameSite = SameSiteMode.None;
        }
        else
        {
            // ok: Lax for the ordinary page
            options.SameSite = SameSiteMode.Lax;
        }
        Response.Cookies.Append("timesheet_view", "week", options);
        return View(_timesheets.CurrentWeek(User.Identity!.Name!));
    }
}
