namespace ParPlan.Features.Organisation;

/// <summary>Inclusive date ranges where null means open.</summary>
public static class EffectiveDates
{
    public static bool Covers(DateOnly? from, DateOnly? to, DateOnly date) =>
        (from is null || from <= date) && (to is null || date <= to);
}
