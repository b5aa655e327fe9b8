using Microsoft.Extensions.DependencyInjection;

namespace Acme.Hr.Api;

public static class ApiValidation
{
    public static void AddHrTokenValidation(this IServiceCollection services, ValidationSettings settings)
    {
        // ok: a look-alike in a project helper that has nothing to do with OpenIddict
        settings.DisableTokenStorage();
        services.AddAuthentication().AddJwtBearer();
    }
}
