using Acme.Inventory.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Inventory.Api.Controllers;

[ApiController]
[Route("api/auth")]
public class AuthController : ControllerBase
{
    // expect: secret kept in the controller that issues tokens through a helper in another file
    private const string SecretKey = "InventoryTokenSecret!2023-change-me";

    private readonly ITokenWriter _tokens;

    public AuthController(ITokenWriter tokens) => _tokens = tokens;

    [HttpPost("login")]
    public IActionResult Login(LoginRequest request) => Ok(_tokens.Write(request.UserName, SecretKey));
}
