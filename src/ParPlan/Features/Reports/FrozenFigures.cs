using System.Text.Json;
using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>What a report froze at submission: its own figures and, for a government's report, the table of its children
/// (who submitted when) and their consolidation; the annex rows typed in. Stored as JSON on the report; never recomputed
/// afterwards.</summary>
public sealed record FrozenFigures(ReportFigures Figures, IReadOnlyList<ReportChildView>? Children, ConsolidationView? Consolidated,
    IReadOnlyList<TypedAnnexRow>? Typed = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static FrozenFigures? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<FrozenFigures>(json, Options);
}
