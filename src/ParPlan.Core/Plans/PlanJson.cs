using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParPlan.Core.Plans;

/// <summary>JSON settings of the plan-document contract: camelCase, kebab-case enums, ISO dates, readable Vietnamese.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(PlanDocument document) => JsonSerializer.Serialize(document, Options);

    public static PlanDocument? Deserialize(string json) => JsonSerializer.Deserialize<PlanDocument>(json, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
