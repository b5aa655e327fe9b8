using System.Threading.Tasks;
using Acme.Inventory.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Inventory.Web.Controllers;

[Authorize(Roles = "BranchAdmin")]
public class BranchAdminController : Controller
{
    private readonly UserManager<WarehouseUser> _userManager;

    public BranchAdminController(UserManager<WarehouseUser> userManager)
    {
        _userManager = userManager;
    }

    [HttpPost]
    public async Task<IActionResult> RevokeManager(string id)
    {
        var user = await _userManager.FindByIdAsync(id);
        // ok: cookie-only Identity app, SecurityStampValidator rebuilds the roles at each validation interval
        await _userManager.RemoveFromRoleAsync(user, "BranchManager");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> WithdrawStockCount(string id)
    {
        var user = await _userManager.FindByIdAsync(id);
        // ok: same project
        await _userManager.RemoveClaimAsync(user, new System.Security.Claims.Claim("stock:count", "true"));
        return RedirectToAction(nameof(Index));
    }

    public IActionResult Index() => View();
}
