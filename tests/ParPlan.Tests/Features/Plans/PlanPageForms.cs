using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ParPlan.Core.Tests;

namespace ParPlan.Tests.Features.Plans;

/// <summary>Drives the plan pages' forms over HTTP as a browser would: antiforgery token, handler name, fields.</summary>
public static partial class PlanPageForms
{
    public static string Token(string html) => TokenRegex().Match(html).Groups[1].Value;

    /// <summary>Uploads seed <paramref name="seed"/> through the upload form; the answer's location is the review page.</summary>
    public static async Task<string> UploadAsync(HttpClient client, string seed = "002_82c4b63d1339515c")
    {
        var form = await client.GetStringAsync("/ke-hoach/nhap");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Token(form)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seeds, seed + ".txt")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", seed + ".txt");
        var response = await client.PostAsync("/ke-hoach/nhap/tai-len", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the form <paramref name="handler"/> of the page at <paramref name="url"/> (token read from that page).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(url);
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)), new("_handler", handler) };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>Where a redirect goes, as a local address with its fragment ("/ke-hoach/nhap/…#t-1.1").</summary>
    public static string Local(HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery + location.Fragment : location.OriginalString;
    }

    /// <summary>The value attribute of the input named <paramref name="name"/> on the page.</summary>
    public static string? InputValue(string html, string name)
    {
        var match = Regex.Match(html, "<input[^>]*name=\"" + Regex.Escape(name) + "\"[^>]*>");
        if (!match.Success)
        {
            return null;
        }

        var value = Regex.Match(match.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
