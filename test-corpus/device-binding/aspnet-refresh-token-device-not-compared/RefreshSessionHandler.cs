using System.Threading;
using System.Threading.Tasks;
using Acme.Hr.Mobile.Api.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Acme.Hr.Mobile.Api.Application;

public record RefreshSessionCommand(string RefreshToken, string DeviceId) : IRequest<TokenPair?>;

public class RefreshSessionHandler : IRequestHandler<RefreshSessionCommand, TokenPair?>
{
    private readonly HrMobileDbContext _db;
    private readonly MobileTokenIssuer _issuer;

    public RefreshSessionHandler(HrMobileDbContext db, MobileTokenIssuer issuer)
    {
        _db = db;
        _issuer = issuer;
    }

    public async Task<TokenPair?> Handle(RefreshSessionCommand command, CancellationToken cancellationToken)
    {
        var hash = TokenHasher.Hash(command.RefreshToken);
        // expect: the command carries the device id, the lookup ignores it
        var stored = await _db.DeviceRefreshTokens.Include(t => t.Employee).SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (stored is null || !stored.IsActive)
        {
            return null;
        }
        return await _issuer.RotateAsync(stored);
    }
}
