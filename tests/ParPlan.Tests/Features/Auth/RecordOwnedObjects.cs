using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Features.Auth;

namespace ParPlan.Tests.Features.Auth;

/// <summary>A dialogue with one issue, a commitment with one obligation, an initiative and a feedback of a government,
/// made through the records API by its standing officer, for <see cref="OwnedObjects"/>.</summary>
public static class RecordOwnedObjects
{
    public static async Task AddAsync(HttpClient owner, Guid government, DateOnly today, Dictionary<string, OwnedObject> objects)
    {
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dialogue = await CreatedAsync(owner, "/api/records/dialogues", new { governmentId = government, heldOn = day, title = "Đối thoại bí mật", participants = "Lãnh đạo" });
        var issue = await CreatedAsync(owner, $"/api/records/dialogues/{dialogue}/issues", new { text = "Vấn đề", leadUnitId = government, dueOn = day });
        var commitment = await CreatedAsync(owner, "/api/records/commitments", new
        {
            governmentId = government, year = today.Year, pair = "xa-tinh", signatory = "Chủ tịch", counterpart = "Chủ tịch tỉnh", signatoryUnitId = government,
            signedOn = day, obligations = new[] { "Nội dung cam kết" },
        });
        var detail = await owner.GetFromJsonAsync<JsonElement>($"/api/records/commitments/{commitment}");
        var obligation = detail.GetProperty("obligations")[0].GetProperty("id").GetString()!;
        var initiative = await CreatedAsync(owner, "/api/records/initiatives", new { unitId = government, title = "Sáng kiến bí mật", proposedOn = day });
        var feedback = await CreatedAsync(owner, "/api/records/feedback", new
        {
            governmentId = government, number = "PA-" + Guid.NewGuid().ToString("N")[..6], channel = "truc-tiep", intakeAddress = "Bộ phận một cửa",
            receivedOn = day, content = "Phản ánh bí mật", handlerUnitId = government, dueOn = day,
        });

        objects[OwnerKinds.Dialogue] = new(new Dictionary<string, string> { ["id"] = dialogue, ["issueId"] = issue },
            Body: """{ "text": "Sửa hộ", "report": "Sửa hộ", "closed": false, "version": 1 }""");
        objects[OwnerKinds.Commitment] = new(new Dictionary<string, string> { ["id"] = commitment, ["obligationId"] = obligation },
            Body: """{ "text": "Sửa hộ", "result": "hoan-thanh", "report": "Sửa hộ" }""");
        objects[OwnerKinds.Initiative] = new(new Dictionary<string, string> { ["id"] = initiative }, Body: """{ "stage": "evaluating" }""");
        objects[OwnerKinds.Feedback] = new(new Dictionary<string, string> { ["id"] = feedback }, Body: """{ "outcome": "Sửa hộ" }""");
    }

    private static async Task<string> CreatedAsync(HttpClient owner, string url, object body)
    {
        var response = await owner.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
