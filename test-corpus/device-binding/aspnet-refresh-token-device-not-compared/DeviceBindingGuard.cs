using Microsoft.AspNetCore.Http;

namespace Acme.Hr.Mobile.Api.Identity;

public class DeviceBindingGuard
{
    public bool Accepts(DeviceRefreshToken stored, HttpContext context)
    {
        return stored.IsActive && Same(stored, context.Request.Headers["X-Device-Id"].ToString());
    }

    private static bool Same(DeviceRefreshToken stored, string presented) =>
        stored.DeviceId == presented && presented.Length > 0;
}
