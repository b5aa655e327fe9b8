using System;
using System.Collections.Generic;
using JWT;
using JWT.Algorithms;
using JWT.Builder;
using JWT.Serializers;

namespace Acme.Timesheets.Links;

public sealed class TimesheetLinkService
{
    private readonly IJwtDecoder _decoder;
    private readonly LinkSigningOptions _options;

    public TimesheetLinkService(IJwtDecoder decoder, LinkSigningOptions options)
    {
        _decoder = decoder;
        _options = options;
    }

    public IDictionary<string, object> OpenApprovalLink(string token)
    {
        // expect: verify: false skips the signature check of a link that grants approval rights
        return _decoder.DecodeToObject<IDictionary<string, object>>(token, _options.Secret, verify: false);
    }

    public string OpenExportLink(string token)
    {
        // expect: positional verify=false
        return _decoder.Decode(token, _options.Secret, false);
    }

    public ExportClaims OpenLegacyLink(string token) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(_options.Secret)
            // expect: builder told not to verify
            .DoNotVerifySignature()
            .Decode<ExportClaims>(token);

    public ExportClaims OpenKioskLink(string token) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(_options.Secret)
            // expect: all validation switched off
            .WithValidationParameters(ValidationParameters.None)
            .Decode<ExportClaims>(token);

    public ExportClaims OpenManagerLink(string token) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(_options.Secret)
            // ok: signature verified (also the default since JWT.Net 9)
            .MustVerifySignature()
            .Decode<ExportClaims>(token);

    public string OpenAuditLink(string token)
    {
        // ok: the decoder extension verifies by default
        return _decoder.Decode(token, _options.Secret);
    }

    public IDictionary<string, string> PeekHeader(string token)
    {
        // ok: header only (kid lookup); the payload is decoded with verification above
        return _decoder.DecodeHeaderToDictionary(token);
    }
}
