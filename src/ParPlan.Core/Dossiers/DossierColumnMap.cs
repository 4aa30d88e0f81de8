using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParPlan.Core.Dossiers;

/// <summary>
/// How a non-canonical export maps onto the canonical dossier layout: source column name → canonical
/// column name (<see cref="DossierCodes.Columns"/>), and source values → canonical codes for status,
/// channel and online-service level. Saved per source as JSON (<see cref="ToJson"/>, <see cref="FromJson"/>).
/// Names and values are matched case-insensitively after trimming. A canonical column not mentioned in
/// <see cref="Columns"/> is still found under its canonical name.
/// </summary>
public sealed record DossierColumnMap
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A name for the source ("Cổng DVC tỉnh – bản xuất 2024").</summary>
    public string? Name { get; init; }

    /// <summary>Field separator of the CSV; a comma unless stated.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Source column name → canonical column name.</summary>
    public Dictionary<string, string> Columns { get; init; } = [];

    /// <summary>Source status value → canonical status code (<c>da_tra</c> …).</summary>
    public Dictionary<string, string> StatusValues { get; init; } = [];

    /// <summary>Source channel value → canonical channel code (<c>truc_tuyen</c> …).</summary>
    public Dictionary<string, string> ChannelValues { get; init; } = [];

    /// <summary>Source online-service-level value → canonical code (<c>toan_trinh</c> …).</summary>
    public Dictionary<string, string> ServiceLevelValues { get; init; } = [];

    /// <summary>The identity mapping for files in the canonical layout.</summary>
    public static DossierColumnMap Canonical { get; } = new() { Name = "canonical" };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DossierColumnMap FromJson(string json) =>
        JsonSerializer.Deserialize<DossierColumnMap>(json, Json)
        ?? throw new JsonException("Cấu hình ánh xạ cột rỗng.");

    /// <summary>Checks that every target is a canonical column or code; returns Vietnamese problems.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var (source, target) in Columns)
        {
            if (!DossierCodes.Columns.Contains(target.Trim()))
                problems.Add($"Cột nguồn '{source}' ánh xạ tới '{target}' không phải cột chuẩn.");
        }
        foreach (var (source, target) in StatusValues)
        {
            if (!DossierCodes.TryParseStatus(target, out _))
                problems.Add($"Trạng thái '{source}' ánh xạ tới '{target}' không phải mã trạng thái chuẩn.");
        }
        foreach (var (source, target) in ChannelValues)
        {
            if (!DossierCodes.TryParseChannel(target, out _))
                problems.Add($"Kênh nộp '{source}' ánh xạ tới '{target}' không phải mã kênh chuẩn.");
        }
        foreach (var (source, target) in ServiceLevelValues)
        {
            if (!DossierCodes.TryParseServiceLevel(target, out _))
                problems.Add($"Mức độ DVC '{source}' ánh xạ tới '{target}' không phải mã chuẩn.");
        }
        return problems;
    }
}
