using System.Text;
using System.Text.Json;
using Acme.Expenses.Approvals;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Expenses.Api.Controllers;

[ApiController]
[Route("api/approvals")]
public class ExpenseApprovalController : ControllerBase
{
    private readonly IApprovalService _approvals;

    public ExpenseApprovalController(IApprovalService approvals) => _approvals = approvals;

    [HttpPost("{claimId:int}")]
    public IActionResult Approve(int claimId, [FromHeader(Name = "X-Approver-Token")] string approverToken)
    {
        var parts = approverToken.Split('.');
        // expect: the payload segment is base64-decoded by hand; the signature is never checked
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(PadBase64(parts[1])));
        var approver = JsonSerializer.Deserialize<ApproverClaims>(json)!;
        _approvals.Approve(claimId, approver.EmployeeId, approver.Limit);
        return NoContent();
    }

    [HttpGet("export")]
    public IActionResult Export([FromQuery] string cursor)
    {
        var segments = cursor.Split(':');
        // ok: a paging cursor "kind:base64(offset)" split on ':', not a JWT
        var offset = BitConverter.ToInt32(Convert.FromBase64String(segments[1]));
        return Ok(_approvals.Export(offset));
    }

    private static string PadBase64(string s) => s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
}
