using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Inventory.Api.Auth;

public sealed class JwtSettings
{
    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Secret { get; set; } = "";
    public int LifetimeMinutes { get; set; } = 30;
}

public sealed class TokenIssuer
{
    // expect: const field holding the signing key
    private const string WarehouseSigningKey = "wh-7f3a9c2e-signing-key-for-handheld-scanners";
    // expect: static readonly base64 string decoded into the key
    private static readonly string LegacyKeyBase64 = "c3VwZXItc2VjcmV0LWtleS1mb3ItbGVnYWN5LWVycA==";
    // expect: the literal is converted to bytes in a static readonly field initializer
    private static readonly byte[] ReportingKeyBytes = Encoding.UTF8.GetBytes("reporting-" + "hmac-key-2023");

    private readonly JwtSettings _settings;
    private readonly IConfiguration _configuration;

    public TokenIssuer(IOptions<JwtSettings> settings, IConfiguration configuration)
    {
        _settings = settings.Value;
        _configuration = configuration;
    }

    public string IssueForEmployee(string employeeId, IEnumerable<string> roles)
    {
        // ok: bound from IOptions at run time; the settable property default `Secret { get; set; } = ""` is not a binding
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_settings.Secret));
        return Write(key, employeeId, roles);
    }

    public string IssueForScanner(string scannerId)
    {
        // reported at the const field
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(WarehouseSigningKey));
        return Write(key, scannerId, new[] { "scanner" });
    }

    public string IssueForLegacyErp(string account)
    {
        // reported at the static readonly field
        var key = new SymmetricSecurityKey(Convert.FromBase64String(LegacyKeyBase64));
        return Write(key, account, new[] { "erp" });
    }

    public string IssueForAuditor(string auditorId)
    {
        // expect: literal passed straight to Encoding.Unicode.GetBytes
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.Unicode.GetBytes("auditor-readonly-key-0042"));
        return Write(key, auditorId, new[] { "auditor" });
    }

    public string IssueForReporting(string serviceName)
    {
        // reported at the field initializer
        var key = new SymmetricSecurityKey(ReportingKeyBytes);
        return Write(key, serviceName, new[] { "reporting" });
    }

    public string IssueForIntegration(string client)
    {
        // expect: GetValue<string>(key, default) ships the literal default when the setting is missing
        var secret = _configuration.GetValue<string>("Integration:JwtKey", "integration-dev-key-please-rotate");
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        return Write(key, client, new[] { "integration" });
    }

    private string Write(SecurityKey key, string subject, IEnumerable<string> roles)
    {
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, subject) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var token = new JwtSecurityToken(
            issuer: _settings.Issuer,
            audience: _settings.Audience,
            claims: claims,
            expires: DateTime.UtcNow.AddMinutes(_settings.LifetimeMinutes),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}

public sealed class KioskTokenFactory
{
    private readonly IConfiguration _configuration;

    public KioskTokenFactory(IConfiguration configuration) => _configuration = configuration;

    public SigningCredentials Credentials()
    {
        // expect: UTF-8 string literal turned into key bytes
        var key = new SymmetricSecurityKey("kiosk-terminal-hmac-2024-rotate-me"u8.ToArray());
        return new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
    }

    public TokenValidationParameters Validation() => new()
    {
        ValidateIssuerSigningKey = true,
        // ok: a PEM-free key read from configuration, bytes converted at run time
        IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(_configuration["Kiosk:SigningKey"]
            ?? throw new InvalidOperationException("Kiosk:SigningKey is not configured"))),
    };
}
