using System.ComponentModel.DataAnnotations;
using System.Threading.Tasks;
using Acme.Inventory.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Acme.Inventory.Areas.Identity.Pages.Account;

public class LoginModel : PageModel
{
    private readonly SignInManager<WarehouseUser> _signInManager;

    public LoginModel(SignInManager<WarehouseUser> signInManager)
    {
        _signInManager = signInManager;
    }

    [BindProperty]
    public InputModel Input { get; set; }

    public class InputModel
    {
        [Required, EmailAddress] public string Email { get; set; }
        [Required] public string Password { get; set; }
        public string Warehouse { get; set; }
    }

    public void OnGet(string returnUrl = null)
    {
        // ok: the GET handler only remembers where to go back to
        HttpContext.Session.SetString("ReturnUrl", returnUrl ?? "/");
    }

    public async Task<IActionResult> OnPostAsync(string returnUrl = null)
    {
        var result = await _signInManager.PasswordSignInAsync(Input.Email, Input.Password, false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // expect: Razor Pages login handler writes the user into the old session
            HttpContext.Session.SetString("WarehouseUser", Input.Email);
            // ok: not identity
            HttpContext.Session.SetString("Warehouse", Input.Warehouse ?? "main");
            return LocalRedirect(returnUrl ?? "/stock");
        }
        return Page();
    }
}
