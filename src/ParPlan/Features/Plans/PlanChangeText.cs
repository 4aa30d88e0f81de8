using System.Globalization;
using System.Text.Json;

namespace ParPlan.Features.Plans;

/// <summary>
/// Says in Vietnamese what an audited change of a plan or a task altered, from the audit entry's "after" values:
/// "nội dung «…», thời gian «…»". Technical columns (versions, JSON snapshots, ids) are left out; dates read dd/MM/yyyy.
/// </summary>
public static class PlanChangeText
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [nameof(PlanTask.Title)] = "nội dung",
        [nameof(PlanTask.ScheduleText)] = "thời gian",
        [nameof(PlanTask.OutputsJson)] = "sản phẩm",
        [nameof(PlanTask.Funding)] = "kinh phí",
        [nameof(PlanTask.Status)] = "tình trạng",
        [nameof(PlanTask.Percent)] = "tiến độ (%)",
        [nameof(PlanTask.DueDate)] = "hạn",
        [nameof(Plan.Number)] = "số hiệu",
        [nameof(Plan.IssuedOn)] = "ngày ban hành",
        [nameof(Plan.Signer)] = "người ký",
        [nameof(Plan.PeriodFrom)] = "từ ngày",
        [nameof(Plan.PeriodTo)] = "đến ngày",
        [nameof(Plan.ParentPlanReference)] = "kế hoạch cấp trên",
    };

    /// <summary>The changed fields with their new values, or "" when none is one people know.</summary>
    public static string Describe(string? afterJson)
    {
        if (string.IsNullOrWhiteSpace(afterJson))
        {
            return "";
        }

        try
        {
            using var doc = JsonDocument.Parse(afterJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "";
            }

            var parts = doc.RootElement.EnumerateObject()
                .Where(p => Fields.ContainsKey(p.Name))
                .Select(p => $"{Fields[p.Name]} «{Value(p.Value)}»");
            return string.Join(", ", parts);
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string Value(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null => "(trống)",
            _ => value.GetRawText(),
        };
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateText.Format(date);
        }

        if (text.StartsWith('[') && JsonDocument.Parse(text) is { } list && list.RootElement.ValueKind == JsonValueKind.Array)
        {
            using (list)
            {
                return string.Join("; ", list.RootElement.EnumerateArray().Select(e => e.ToString()));
            }
        }

        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
