using System.Threading.Tasks;

namespace Acme.Finance.Api.Identity;

public class TokenRotationService
{
    private readonly JwtIssuer _jwt;

    public TokenRotationService(JwtIssuer jwt)
    {
        _jwt = jwt;
    }

    // Called by the ledger after it has matched and consumed the presented refresh token.
    public Task<string> RefreshTokensAsync(Employee employee)
    {
        // ok: receives no token, its caller did the store check
        return Task.FromResult(_jwt.GenerateAccessToken(employee.Claims()));
    }
}
