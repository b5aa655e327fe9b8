using System.Collections.Generic;
using System.Text;
using Jose;

namespace Acme.Payroll.Exports;

public static class LegacyExportLinks
{
    public static string Sign(string exportId, long expiresAt)
    {
        var claims = new Dictionary<string, object> { ["export"] = exportId, ["exp"] = expiresAt };
        // expect: jose-jwt HS256 key from a literal
        return JWT.Encode(claims, Encoding.UTF8.GetBytes("payroll-export-links-hs256-key"), JwsAlgorithm.HS256);
    }

    public static IDictionary<string, object> Verify(string token, byte[] exportKey)
    {
        // ok: key bytes are passed in by the caller (loaded from Key Vault at start-up)
        return JWT.Decode<IDictionary<string, object>>(token, exportKey, JwsAlgorithm.HS256);
    }
}
