using System.Collections.Generic;
using Jose;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Procurement.Api.Controllers;

[ApiController]
[Route("api/partner")]
public class PartnerCallbackController : ControllerBase
{
    private readonly IPartnerKeys _keys;

    public PartnerCallbackController(IPartnerKeys keys) => _keys = keys;

    [HttpPost("order-status")]
    public IActionResult OrderStatus([FromBody] string token)
    {
        // expect: jose-jwt Payload() returns the claims without checking the signature
        var claims = JWT.Payload<Dictionary<string, object>>(token);
        return Ok(claims["order"]);
    }

    [HttpPost("invoice")]
    public IActionResult Invoice([FromBody] string invoiceToken)
    {
        // ok: peek at the partner id to pick the key, then Decode verifies the same token
        var partner = JWT.Payload<Dictionary<string, object>>(invoiceToken)["partner"].ToString();
        var claims = JWT.Decode<Dictionary<string, object>>(invoiceToken, _keys.For(partner), JwsAlgorithm.HS256);
        return Ok(claims["invoice"]);
    }
}
