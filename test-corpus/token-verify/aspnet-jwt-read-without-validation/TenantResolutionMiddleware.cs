using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Acme.Payroll.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Acme.Payroll.Api.Middleware;

/// <summary>Picks the payroll tenant and the caller from the bearer token.</summary>
public sealed class TenantResolutionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly JwtSecurityTokenHandler _handler = new();

    public TenantResolutionMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, ITenantStore tenants)
    {
        var header = context.Request.Headers["Authorization"].ToString();
        var raw = header.StartsWith("Bearer ") ? header["Bearer ".Length..] : null;
        if (raw is not null)
        {
            // expect: claims of an unvalidated token become the request's identity
            var jwt = _handler.ReadJwtToken(raw);
            var tenantId = jwt.Claims.First(c => c.Type == "tenant").Value;
            context.Items["Tenant"] = await tenants.FindAsync(tenantId);
            context.User = new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "jwt"));
        }

        var impersonation = context.Request.Cookies["payroll_impersonation"];
        if (impersonation is not null)
        {
            // expect: cast form of ReadToken on a cookie value
            var token = (JwtSecurityToken)_handler.ReadToken(impersonation);
            context.Items["ImpersonatedBy"] = token.Subject;
        }

        await _next(context);
    }
}
