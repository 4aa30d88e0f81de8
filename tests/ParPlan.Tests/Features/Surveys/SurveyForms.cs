using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>Drives the survey pages' forms as a browser would: the antiforgery token of a page, a campaign made through
/// the API, a file uploaded to the import page, the column mapping posted.</summary>
public static partial class SurveyForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> TokenAsync(HttpClient client) =>
        TokenPattern().Match(await client.GetStringAsync("/chi-so/nhap")).Groups[1].Value;

    public static async Task<Guid> CreateAsync(HttpClient client, Guid government, int year, string title = "Khảo sát SIPAS")
    {
        var created = await client.PostAsJsonAsync("/api/surveys", new { governmentId = government, year, title });
        created.EnsureSuccessStatusCode();
        return Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, Guid campaign, string csv, string fileName = "phieu.csv") =>
        UploadAsync(client, token, campaign, Encoding.UTF8.GetBytes(csv), fileName);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, Guid campaign, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.PostAsync($"/khao-sat/{campaign}/nhap/tai-len", form);
    }

    /// <summary>Posts the mapping: the sector, the unit and each question code's column (0-based positions).</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string token, string mappingPage, int sector, int? unit,
        IReadOnlyDictionary<string, int> questions)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("sector", sector.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (unit is { } u) fields.Add(new("unit", u.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        fields.AddRange(questions.Select(q => new KeyValuePair<string, string>($"q.{q.Key}", q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return await client.PostAsync(mappingPage + "/luu", new FormUrlEncodedContent(fields));
    }

    public static Dictionary<string, int> FiveColumnsFrom(int first) =>
        Enumerable.Range(1, 5).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => first + i - 1);
}
