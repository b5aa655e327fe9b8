using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Acme.Payroll.Identity;

public class PortalLogoutService
{
    private readonly ILogoutAudit _audit;

    public PortalLogoutService(ILogoutAudit audit)
    {
        _audit = audit;
    }

    public async Task EndPortalSession(HttpContext context)
    {
        await _audit.RecordAsync(context.User.Identity?.Name, "logout-everywhere");
        DropSessionState(context);
    }

    private static void DropSessionState(HttpContext context)
    {
        context.Session.Clear();
        context.Response.Cookies.Delete(".AspNetCore.Session");
    }
}
