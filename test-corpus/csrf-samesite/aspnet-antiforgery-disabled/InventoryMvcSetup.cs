using Microsoft.AspNetCore.Mvc;

namespace Acme.Inventory.Web;

public static class InventoryMvcSetup
{
    public static IServiceCollection AddInventoryMvc(this IServiceCollection services)
    {
        services.AddMvc(options =>
        {
            // ok: the safe global filter: every unsafe method is validated
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });
        // expect: generic form of the global opt-out filter
        services.Configure<MvcOptions>(o => o.Filters.Add<IgnoreAntiforgeryTokenAttribute>());
        return services;
    }
}
