using System.Globalization;

namespace ParPlan.Core.Inspections;

/// <summary>The rules of inspections: contract codes, the coverage rate and a finding's status.</summary>
public static class InspectionRules
{
    /// <summary>The inspection kinds with their contract codes.</summary>
    public static readonly IReadOnlyList<(InspectionKind Kind, string Code)> Kinds =
    [
        (InspectionKind.Planned, "planned"),
        (InspectionKind.Unscheduled, "unscheduled"),
        (InspectionKind.SelfInspection, "self-inspection"),
    ];

    public static string Code(InspectionKind kind) => Kinds.First(k => k.Kind == kind).Code;

    public static InspectionKind? ParseKind(string? code) =>
        Kinds.Where(k => string.Equals(k.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(k => (InspectionKind?)k.Kind).FirstOrDefault();

    public static string Code(FindingStatus status) => status switch
    {
        FindingStatus.Closed => "closed",
        FindingStatus.Overdue => "overdue",
        _ => "open",
    };

    /// <summary>Closed when the task is done; overdue when not done and <paramref name="dueOn"/> is before <paramref name="today"/>.</summary>
    public static FindingStatus Status(bool done, DateOnly dueOn, DateOnly today) =>
        done ? FindingStatus.Closed : dueOn < today ? FindingStatus.Overdue : FindingStatus.Open;

    /// <summary>Inspected ÷ units × 100, one decimal; null when there is no unit to count.</summary>
    public static decimal? Rate(int inspected, int units) =>
        units <= 0 ? null : Math.Round(inspected * 100m / units, 1, MidpointRounding.AwayFromZero);

    /// <summary>True when the rate reaches the target (a target of "ít nhất"/"tối thiểu", DOMAIN §6.1: ≥).</summary>
    public static bool Reached(decimal? rate, decimal? target) => rate is { } r && target is { } t && r >= t;

    /// <summary>How many units must be inspected to reach <paramref name="target"/> % of <paramref name="units"/>.</summary>
    public static int Needed(decimal target, int units) => (int)Math.Ceiling(target * units / 100m - 0.000001m);

    /// <summary>"20%" with a Vietnamese decimal comma ("22,2%").</summary>
    public static string Percent(decimal? value) =>
        value is { } v ? v.ToString(v == Math.Round(v) ? "0" : "0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "—";
}
