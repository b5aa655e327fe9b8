using System.Collections.Generic;
using JWT;

namespace Acme.Benefits.Legacy;

public static class LegacyTokenHelper
{
    public static string Issue(string memberId)
    {
        var payload = new Dictionary<string, object> { { "member", memberId } };
        // expect: JWT 1.x static API with a literal key
        return JsonWebToken.Encode(payload, "benefits-legacy-secret", JwtHashAlgorithm.HS256);
    }

    public static string Read(string token, string secret)
    {
        // ok: key is a parameter
        return JsonWebToken.Decode(token, secret);
    }
}
