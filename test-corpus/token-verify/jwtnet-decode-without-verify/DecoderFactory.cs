using JWT;
using JWT.Algorithms;
using JWT.Serializers;

namespace Acme.Timesheets.Links;

public static class DecoderFactory
{
    public static IJwtDecoder Create(IDateTimeProvider clock)
    {
        var serializer = new JsonNetSerializer();
        // expect: a validator built with every check disabled
        var validator = new JwtValidator(serializer, clock, ValidationParameters.None);
        return new JwtDecoder(serializer, validator, new JwtBase64UrlEncoder(), new HMACSHA256Algorithm());
    }

    public static IJwtDecoder CreateLenient(IDateTimeProvider clock)
    {
        var serializer = new JsonNetSerializer();
        // expect: signature validation turned off in the validation parameters
        var parameters = new ValidationParameters { ValidateSignature = false, ValidateExpirationTime = true };
        return new JwtDecoder(serializer, new JwtValidator(serializer, clock, parameters), new JwtBase64UrlEncoder(), new HMACSHA256Algorithm());
    }

    public static IJwtDecoder CreateStrict(IDateTimeProvider clock)
    {
        var serializer = new JsonNetSerializer();
        // ok: all checks on
        var validator = new JwtValidator(serializer, clock, ValidationParameters.Default);
        return new JwtDecoder(serializer, validator, new JwtBase64UrlEncoder(), new HMACSHA256Algorithm());
    }
}
