namespace ParPlan.Features.Plans;

/// <summary>The one rule for issuing a plan: it needs a number and an issue date. <see cref="PlanCommands.IssueAsync"/>
/// enforces it; the API only shapes the same answers as field errors.</summary>
public static class PlanIssueRule
{
    /// <summary>What is missing, by contract field name ("number", "issuedOn"), with the Vietnamese message; empty when issuable.</summary>
    public static IReadOnlyDictionary<string, string> Missing(string? number, DateOnly? issuedOn)
    {
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(number))
        {
            missing["number"] = "Nhập số hiệu kế hoạch (ví dụ 12/KH-UBND).";
        }

        if (issuedOn is null)
        {
            missing["issuedOn"] = "Nhập ngày ban hành (dd/MM/yyyy).";
        }

        return missing;
    }

    /// <summary>The one sentence for what is missing.</summary>
    public static string Message(IReadOnlyDictionary<string, string> missing) =>
        "Ban hành kế hoạch cần có số hiệu và ngày ban hành: " + string.Join(" ", missing.Values);
}
