using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Finance.Web.Areas.BackOffice;

[Area("BackOffice")]
[Authorize(Roles = "Controller")]
public class BackOfficeController : Controller
{
    public IActionResult Index() => View();

    [HttpPost]
    // ok: the cookie logout of the back-office area; the mobile API's tokens are another channel
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync("BackOfficeCookie");
        return RedirectToAction("Login", "Account");
    }
}
