using Acme.Store.Catalog;
using Acme.Store.Checkout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Acme.Store.Web.Controllers;

public class WishlistController : Controller
{
    private readonly IWishlistService _wishlist;

    public WishlistController(IWishlistService wishlist) => _wishlist = wishlist;

    [HttpPost]
    // expect: a state change for the signed-in (or guest-cookie) customer without antiforgery
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Add(int productId)
    {
        await _wishlist.AddAsync(productId);
        return Json(new { ok = true });
    }

    [HttpPost]
    [AllowAnonymous]
    // ok: anonymous endpoint: no ambient authority to abuse
    [IgnoreAntiforgeryToken]
    public IActionResult TrackImpression(int productId) => NoContent();

    [HttpPost]
    // ok: JSON body: a cross-site form cannot post application/json without a CORS preflight
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Reorder([FromBody] WishlistOrder order)
    {
        await _wishlist.ReorderAsync(order);
        return NoContent();
    }
}

[Route("pos")]
public class PointOfSaleController : Controller
{
    private readonly ICheckoutService _checkout;

    public PointOfSaleController(ICheckoutService checkout) => _checkout = checkout;

    [HttpPost("{terminalId}/checkout")]
    [EnableCors("EmbeddedTerminals")]
    // ok: public terminal endpoint, cross-origin by design
    [IgnoreAntiforgeryToken]
    public Task<IActionResult> Checkout(string terminalId, CartModel cart) => _checkout.StartAsync(terminalId, cart);

    [HttpPost("{terminalId}/receipt")]
    // ok: public action: its siblings that need a login carry their own [Authorize]
    [IgnoreAntiforgeryToken]
    public Task<IActionResult> Receipt(string terminalId, ReceiptRequest request) => _checkout.ReceiptAsync(terminalId, request);

    [HttpPost("{terminalId}/settings")]
    [Authorize(Policy = "StoreManager")]
    // expect: authenticated by its own [Authorize] (cookie), opted out of antiforgery
    [IgnoreAntiforgeryToken]
    public Task<IActionResult> UpdateSettings(string terminalId, TerminalSettings settings) => _checkout.SaveSettingsAsync(terminalId, settings);
}

[Authorize(AuthenticationSchemes = "ApiKey")]
// ok: API-key scheme sent in a header, not an ambient browser credential
[IgnoreAntiforgeryToken]
public class CatalogSyncController : Controller
{
    [HttpPost]
    public IActionResult Push(CatalogBatch batch) => Accepted();
}

// ok: the controller only serves error pages (no action accepts unsafe methods explicitly)
[IgnoreAntiforgeryToken]
public class StoreErrorController : Controller
{
    [Route("/errors/{code:int}")]
    public IActionResult Show(int code) => View(code);
}

// expect: Razor Page opts out; its OnPost handler changes the address book
[IgnoreAntiforgeryToken]
public class AddressBookModel : PageModel
{
    private readonly IAddressBook _addresses;

    public AddressBookModel(IAddressBook addresses) => _addresses = addresses;

    public void OnGet() { }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        await _addresses.DeleteAsync(id);
        return RedirectToPage();
    }
}

public class StockReportController : Controller
{
    private readonly IStockReports _reports;

    public StockReportController(IStockReports reports) => _reports = reports;

    [HttpPost]
    // ok: a grid read: the response cannot be read cross-site, nothing changes
    [IgnoreAntiforgeryToken]
    public IActionResult LowStockList(GridCommand command) => Json(_reports.LowStock(command));

    [HttpPost]
    // ok: read-only estimate by name
    [IgnoreAntiforgeryToken]
    public IActionResult EstimateReorder(int productId) => Json(_reports.EstimateReorder(productId));

    [HttpPost]
    // expect: a write under the same controller
    [IgnoreAntiforgeryToken]
    public IActionResult ArchiveReport(int reportId)
    {
        _reports.Archive(reportId);
        return NoContent();
    }
}
