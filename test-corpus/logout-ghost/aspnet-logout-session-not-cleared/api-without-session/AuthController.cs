using System.Threading.Tasks;
using Acme.Inventory.Api.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Inventory.Api.Controllers;

[ApiController]
[Route("api/auth")]
public class AuthController : ControllerBase
{
    private readonly IWarehouseSignIn _signIn;

    public AuthController(IWarehouseSignIn signIn)
    {
        _signIn = signIn;
    }

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginRequest request)
    {
        // the principal lives in the auth cookie only; Session holds the picking cart
        HttpContext.Session.SetString("PickingCart", "[]");
        var principal = await _signIn.AuthenticateAsync(request.Email, request.Password);
        await HttpContext.SignInAsync(principal);
        return NoContent();
    }

    [Authorize]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // ok: this project never stores identity in Session
        await HttpContext.SignOutAsync();
        return NoContent();
    }

    [Authorize]
    [HttpPost("logout-device")]
    public async Task<IActionResult> LogoutDevice()
    {
        // ok: same project, cookie deletion only
        Response.Cookies.Delete("inv_auth");
        return NoContent();
    }
}
