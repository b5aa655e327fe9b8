using Acme.Expenses.Receipts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Acme.Expenses.Web.Controllers;

[Authorize]
public class ExpenseReceiptsController : Controller
{
    private readonly IReceiptUploadService _uploads;

    public ExpenseReceiptsController(IReceiptUploadService uploads) => _uploads = uploads;

    [HttpGet]
    public IActionResult UploadWidget()
    {
        var ticket = _uploads.CreateTicket(User.Identity!.Name!);
        // expect: hand-written Set-Cookie header with SameSite=None
        Response.Headers.Append(HeaderNames.SetCookie, $"receipt_upload={ticket}; Path=/expenses; Secure; HttpOnly; SameSite=None");
        return View();
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult CloseWidget()
    {
        // ok: deleting a SameSite=None cookie must repeat its attributes
        Response.Cookies.Delete("receipt_upload", new CookieOptions { Path = "/expenses", Secure = true, SameSite = SameSiteMode.None });
        // ok: expired header written to remove the old cookie
        Response.Headers.Append(HeaderNames.SetCookie, "receipt_legacy=; Max-Age=0; Path=/; Secure; SameSite=None");
        // ok: SameSite=Lax in a raw header
        Response.Headers.Append(HeaderNames.SetCookie, "receipt_seen=1; Path=/; Secure; HttpOnly; SameSite=Lax");
        return RedirectToAction("Index", "Expenses");
    }
}
