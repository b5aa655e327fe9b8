using System.IdentityModel.Tokens.Jwt;
using Acme.Payroll.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Acme.Payroll.Api.Controllers;

[ApiController]
[Route("api/reports")]
public class ReportsController : ControllerBase
{
    private readonly IReportService _reports;

    public ReportsController(IReportService reports) => _reports = reports;

    [HttpGet("shared/{id}")]
    public IActionResult Shared(int id, [FromQuery] string access)
    {
        // expect: the share token comes from the query string and is never validated
        var share = new JsonWebTokenHandler().ReadJsonWebToken(access);
        if (share.GetClaim("report").Value != id.ToString())
        {
            return Forbid();
        }
        return Ok(_reports.Get(id));
    }

    [HttpGet("download")]
    public IActionResult Download(string ticket)
    {
        // expect: single-argument JwtSecurityToken constructor parses without validating
        var parsed = new JwtSecurityToken(ticket);
        return File(_reports.Export(parsed.Subject), "application/pdf");
    }

    [HttpGet("mine")]
    [Authorize(AuthenticationSchemes = "Bearer")]
    public IActionResult Mine()
    {
        var raw = Request.Headers.Authorization.ToString().Replace("Bearer ", "");
        // ok: the JWT bearer handler already validated this same token for [Authorize]
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(raw);
        return Ok(_reports.ForEmployee(jwt.Subject));
    }
}
