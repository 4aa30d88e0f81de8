namespace ParPlan.Core.Documents.Decree30;

/// <summary>"Nơi nhận:" and its lines: each starts with "- " and ends with ";" and the last is "- Lưu: VT, {drafting
/// unit}.". Upward recipients carry "(báo cáo)" as the caller writes them.</summary>
public sealed record Recipients(IReadOnlyList<string> To, string DraftingUnit)
{
    public IReadOnlyList<string> Lines =>
        [.. To.Select(r => "- " + r.Trim().TrimStart('-', ' ').TrimEnd(';', '.', ' ') + ";"), $"- Lưu: VT, {DraftingUnit.Trim().TrimEnd('.')}."];
}
