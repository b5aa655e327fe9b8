using System.Threading.Tasks;
using Acme.Payroll.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Acme.Payroll.Areas.Identity.Pages.Account;

public class LogoutModel : PageModel
{
    private readonly SignInManager<PayrollUser> _signInManager;
    private readonly ILogger<LogoutModel> _logger;

    public LogoutModel(SignInManager<PayrollUser> signInManager, ILogger<LogoutModel> logger)
    {
        _signInManager = signInManager;
        _logger = logger;
    }

    public async Task<IActionResult> OnPost(string returnUrl = null)
    {
        // expect: Identity scaffold logout, the session keeps the staff member
        await _signInManager.SignOutAsync();
        _logger.LogInformation("User logged out.");
        return returnUrl != null ? LocalRedirect(returnUrl) : RedirectToPage();
    }
}
