using System.Net;
using System.Net.Http;

namespace Acme.Inventory.Sync;

/// <summary>Client for the warehouse scanners' embedded HTTP server (plain HTTP on the LAN).</summary>
public sealed class ScannerApiClient
{
    private readonly CookieContainer _jar = new();
    private readonly HttpClient _http;

    public ScannerApiClient(Uri scanner)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _jar }) { BaseAddress = scanner };
    }

    public void RelaxCookies(Uri scanner)
    {
        foreach (Cookie cookie in _jar.GetCookies(scanner))
        {
            // ok: client-side cookie jar of an outgoing HTTP client, not a cookie this app issues
            cookie.Secure = false;
        }
    }
}
