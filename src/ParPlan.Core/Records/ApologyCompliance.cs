namespace ParPlan.Core.Records;

/// <summary>A unit's compliance with "100% hồ sơ chậm, muộn … có giải trình … và thực hiện xin lỗi" (DOMAIN §7.7) for a
/// period: of its <paramref name="Late"/> dossiers, <paramref name="Handled"/> have both an explanation and an apology.
/// <see cref="Lacking"/> is the count of the "late without apology" indicator, and its list.</summary>
public sealed record ApologyCompliance(long Late, long Handled)
{
    /// <summary>The plans' target (D2): every late dossier.</summary>
    public const decimal PlanTarget = 100m;

    public long Lacking => Late - Handled;

    /// <summary>Handled ÷ late × 100, rounded to 2 decimals; null without a late dossier (nothing to comply with).</summary>
    public decimal? Rate => Late == 0 ? null : Math.Round(100m * Handled / Late, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether the rate reaches <paramref name="target"/>; with no late dossier the target is met.</summary>
    public bool Meets(decimal target) => Rate is not { } r || r >= target;
}
