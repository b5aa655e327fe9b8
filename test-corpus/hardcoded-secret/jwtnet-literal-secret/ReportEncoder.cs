using System.Text;

namespace Acme.Reports;

public static class ReportEncoder
{
    public static string ToCsvField(string value)
    {
        var encoder = new CsvFieldEncoder();
        // ok: not a JWT library (no JWT.Net or jose-jwt import in this file)
        return encoder.Encode(value, "\"");
    }
}
