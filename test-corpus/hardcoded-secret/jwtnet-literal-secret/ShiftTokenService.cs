using System;
using System.Collections.Generic;
using JWT;
using JWT.Algorithms;
using JWT.Builder;
using JWT.Serializers;
using Microsoft.Extensions.Configuration;

namespace Acme.Rostering.Tokens;

public sealed class ShiftTokenService
{
    // expect: const secret used by JwtBuilder.WithSecret below
    private const string ShiftSecret = "rostering-shift-token-secret-2023";

    private readonly IConfiguration _configuration;
    private readonly IJwtEncoder _encoder;
    private readonly IJwtDecoder _decoder;

    public ShiftTokenService(IConfiguration configuration)
    {
        _configuration = configuration;
        var serializer = new JsonNetSerializer();
        var urlEncoder = new JwtBase64UrlEncoder();
        var algorithm = new HMACSHA256Algorithm();
        _encoder = new JwtEncoder(algorithm, serializer, urlEncoder);
        _decoder = new JwtDecoder(serializer, new JwtValidator(serializer, new UtcDateTimeProvider()), urlEncoder, algorithm);
    }

    public string IssueShiftToken(string employeeId, DateTime shiftEnd) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(ShiftSecret)
            .AddClaim("sub", employeeId)
            .AddClaim("exp", new DateTimeOffset(shiftEnd).ToUnixTimeSeconds())
            .Encode();

    public string IssueManagerToken(string managerId)
    {
        var payload = new Dictionary<string, object> { ["sub"] = managerId, ["role"] = "manager" };
        // expect: literal key passed to IJwtEncoder.Encode
        return _encoder.Encode(payload, "mgr-portal-signing-key-9f8e7d");
    }

    public IDictionary<string, object> ReadManagerToken(string token)
    {
        // expect: configuration lookup with a literal fallback
        var key = _configuration["Rostering:ManagerKey"] ?? "mgr-portal-signing-key-9f8e7d-dev";
        return _decoder.DecodeToObject<IDictionary<string, object>>(token, key, verify: true);
    }

    public string IssueKioskToken(string kioskId)
    {
        // ok: secret from configuration with no fallback
        var secret = _configuration["Rostering:KioskSecret"] ?? throw new InvalidOperationException("Rostering:KioskSecret missing");
        return JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(secret)
            .AddClaim("sub", kioskId)
            .Encode();
    }

    public string ReadKioskToken(string token) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            // ok: environment variable, no fallback
            .WithSecret(Environment.GetEnvironmentVariable("ROSTER_KIOSK_SECRET"))
            .MustVerifySignature()
            .Decode(token);
}
