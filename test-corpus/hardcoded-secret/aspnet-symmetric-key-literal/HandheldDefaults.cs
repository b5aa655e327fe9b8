namespace Acme.Inventory.Api.Auth;

public static class HandheldDefaults
{
    // todo-expect: used as key material in HandheldTokenFactory.cs; needs constants resolved across files
    public const string Material = "handheld-scanner-signing-material-2024";

    public const int LifetimeMinutes = 480;
}
