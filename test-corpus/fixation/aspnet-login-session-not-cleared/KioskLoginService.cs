using System.Threading.Tasks;
using Acme.Kiosk.Data;
using Microsoft.AspNetCore.Http;

namespace Acme.Kiosk;

public class KioskLoginService
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly BadgeDirectory _badges;

    public KioskLoginService(IHttpContextAccessor httpContextAccessor, BadgeDirectory badges)
    {
        _httpContextAccessor = httpContextAccessor;
        _badges = badges;
    }

    public async Task<bool> LoginUserAsync(string badge, string pin)
    {
        var holder = await _badges.VerifyAsync(badge, pin);
        if (holder is null)
        {
            return false;
        }
        // expect: a login service writes the badge holder through the accessor
        _httpContextAccessor.HttpContext!.Session.SetString("KioskUserId", holder.Id);
        return true;
    }

    public async Task<bool> LoginStaffAsync(string badge, string pin)
    {
        var holder = await _badges.VerifyAsync(badge, pin);
        if (holder is null)
        {
            return false;
        }
        var session = _httpContextAccessor.HttpContext!.Session;
        session.Clear();
        // ok: cleared first
        session.SetString("SupervisorUserId", holder.Id);
        return true;
    }

    public void RememberLoginBadge(string badge)
    {
        // ok: not a login method, only pre-fills the badge field
        _httpContextAccessor.HttpContext!.Session.SetString("LastBadgeUser", badge);
    }
}
