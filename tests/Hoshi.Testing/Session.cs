using System.Net;
using System.Text.RegularExpressions;

namespace Hoshi.Testing;

/// <summary>
/// One browser-like session against the running app: cookies kept, redirects not followed (so tests can see
/// them), and the antiforgery token of the last page read sent with each form.
/// </summary>
public sealed partial class Session : IDisposable
{
    private readonly HttpClient client;
    private string? token;

    public Session(Uri address)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; }

    public string Html { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        Html = await response.Content.ReadAsStringAsync();
        if (TokenPattern().Match(Html) is { Success: true } m)
        {
            token = WebUtility.HtmlDecode(m.Groups[1].Value);
        }

        return response;
    }

    /// <summary>Reads the page (for its antiforgery token), then posts the form to it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IDictionary<string, string> fields, string? handler = null)
    {
        await GetAsync(path);
        return await PostAsync(path + (handler is null ? "" : (path.Contains('?') ? "&" : "?") + "handler=" + handler), fields);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields, bool withToken = true)
    {
        var values = new Dictionary<string, string>(fields);
        if (withToken && token is not null)
        {
            values["__RequestVerificationToken"] = token;
        }

        var response = await client.PostAsync(path, new FormUrlEncodedContent(values));
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    public async Task<HttpResponseMessage> PostMultipartAsync(string path, MultipartFormDataContent content)
    {
        content.Add(new StringContent(token ?? ""), "__RequestVerificationToken");
        var response = await client.PostAsync(path, content);
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
