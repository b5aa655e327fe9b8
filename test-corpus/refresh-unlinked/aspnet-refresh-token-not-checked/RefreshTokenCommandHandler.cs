using System.IdentityModel.Tokens.Jwt;
using System.Threading;
using System.Threading.Tasks;
using MediatR;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Inventory.Application.Auth;

public record RefreshTokenCommand(string RefreshToken) : IRequest<TokenResult>;

public class RefreshTokenCommandHandler : IRequestHandler<RefreshTokenCommand, TokenResult>
{
    private readonly TokenValidationParameters _refreshParameters;
    private readonly IInventoryTokenFactory _factory;

    public RefreshTokenCommandHandler(RefreshTokenParameters refreshParameters, IInventoryTokenFactory factory)
    {
        _refreshParameters = refreshParameters.Value;
        _factory = factory;
    }

    public Task<TokenResult> Handle(RefreshTokenCommand request, CancellationToken cancellationToken)
    {
        var principal = new JwtSecurityTokenHandler().ValidateToken(request.RefreshToken, _refreshParameters, out _);
        // expect: a signed refresh JWT is enough, nothing server-side can revoke it
        var access = _factory.CreateAccessToken(principal.Claims);
        return Task.FromResult(new TokenResult(access, request.RefreshToken));
    }
}
