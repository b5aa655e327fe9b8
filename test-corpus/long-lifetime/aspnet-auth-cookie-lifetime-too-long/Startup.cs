using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Hr.Portal;

public class Startup
{
    private readonly IConfiguration _configuration;

    public Startup(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                // expect: a one-year authentication ticket
                options.ExpireTimeSpan = TimeSpan.FromDays(365);
                options.SlidingExpiration = true;
                // expect: and a cookie the browser keeps that long
                options.Cookie.MaxAge = TimeSpan.FromDays(365);
            })
            .AddCookie("Kiosk", options =>
            {
                // ok: eight hours, one shift
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                // ok: from configuration
                options.Cookie.MaxAge = TimeSpan.FromMinutes(_configuration.GetValue<int>("Kiosk:CookieMinutes"));
            });

        services.ConfigureApplicationCookie(options =>
        {
            // expect: never expires
            options.ExpireTimeSpan = TimeSpan.MaxValue;
        });
    }
}
