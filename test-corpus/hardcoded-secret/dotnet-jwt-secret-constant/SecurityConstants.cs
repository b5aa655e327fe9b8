namespace Acme.Payroll.Core.Constants;

public static class SecurityConstants
{
    // expect: JWT signing secret as a constant, used by the API project in another file
    public const string JWT_SECRET_KEY = "PayrollSecretKeyThatIsLongEnoughForHmacSha256";

    // ok: the name of the configuration setting, not the secret
    public const string JwtSecretKeySetting = "Jwt:SecretKey";

    // ok: the name of the environment variable that holds the secret
    public const string JwtSecretEnvironmentVariable = "PAYROLL_JWT_SECRET";

    // ok: a browser storage key for the token, not a secret (name ends in TokenKey)
    public const string TokenKey = "payroll.auth.token";

    public const string DefaultRole = "employee";
}

public sealed class JwtSettings
{
    // expect: static readonly secret in the JWT settings class
    public static readonly string SecretKey = "payroll-jwt-" + "secret-2024-rotate";

    // ok: a settable property default, overwritten by options binding
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "acme-payroll";
}

public sealed class ReportingExportOptions
{
    // ok: not a token secret: the class and the name say nothing about JWT/auth
    public const string Secret = "quarterly-report-watermark";
}
