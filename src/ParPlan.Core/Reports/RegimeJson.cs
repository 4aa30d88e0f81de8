using System.Text.Json;
using System.Text.Json.Serialization;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Reports;

/// <summary>A regime's periods as JSON, for storing a government's edited copy: windows, cumulative flags and due rules
/// per level, with enums written as their names.</summary>
public static class RegimeJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string WritePeriods(IReadOnlyList<RegimePeriod> periods) => JsonSerializer.Serialize(periods, Options);

    public static IReadOnlyList<RegimePeriod> ReadPeriods(string json) =>
        JsonSerializer.Deserialize<List<RegimePeriod>>(json, Options) ?? [];

    public static string WriteKeys(IReadOnlyDictionary<ReportUnitType, string>? keys) => JsonSerializer.Serialize(keys ?? new Dictionary<ReportUnitType, string>(), Options);

    public static IReadOnlyDictionary<ReportUnitType, string> ReadKeys(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new Dictionary<ReportUnitType, string>() : JsonSerializer.Deserialize<Dictionary<ReportUnitType, string>>(json, Options) ?? [];

    public static string WriteLevels(IReadOnlyList<GovernmentLevel> levels) => JsonSerializer.Serialize(levels ?? [], Options);

    public static IReadOnlyList<GovernmentLevel> ReadLevels(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<GovernmentLevel>>(json, Options) ?? [];
}
