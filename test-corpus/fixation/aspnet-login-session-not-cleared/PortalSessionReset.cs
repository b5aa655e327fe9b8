using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Acme.Hr.Portal.Identity;

public class PortalSessionReset
{
    private const string SessionCookie = ".AspNetCore.Session";
    private readonly ILogger<PortalSessionReset> _logger;

    public PortalSessionReset(ILogger<PortalSessionReset> logger)
    {
        _logger = logger;
    }

    public async Task BeginAuthenticatedSession(HttpContext context, string userName)
    {
        await context.Session.LoadAsync();
        DropPreLoginState(context);
        _logger.LogInformation("New portal session for {User}", userName);
    }

    private static void DropPreLoginState(HttpContext context)
    {
        context.Session.Clear();
        context.Response.Cookies.Delete(SessionCookie);
    }
}
