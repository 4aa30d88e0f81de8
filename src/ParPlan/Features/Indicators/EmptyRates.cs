using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>A rate whose numerator and denominator are both 0 (its value empty) is not stored: in a month's import most
/// of a new year's rates are empty (the months after it only carry the backlog), and writing them took most of the
/// computation's writes. Every unit × period × field the engine computes holds every code of the convention, counts
/// included, and a count is always stored, so the convention's <see cref="Marker"/> count says which of them were
/// computed: there, a missing rate of the convention reads as 0 / 0 with an empty value, exactly as it was stored
/// before; without the marker the unit had no dossier in the period and nothing is shown, as before. A convention
/// without counts (none today) stores every value.</summary>
internal sealed class EmptyRates
{
    private readonly HashSet<string> rates;

    private EmptyRates(HashSet<string> rates, string? marker)
    {
        this.rates = rates;
        Marker = marker;
    }

    /// <summary>A count of the convention, stored for every unit × period × field the engine computes; null when the
    /// convention has no count (then no value is left out).</summary>
    public string? Marker { get; }

    /// <summary>The rates of the convention (a denominator, even for no dossier) in ordinal order.</summary>
    public IReadOnlyList<string> Rates { get; private init; } = [];

    public static EmptyRates Of(IndicatorConvention convention)
    {
        var none = new PeriodCounts();
        var rates = new HashSet<string>(StringComparer.Ordinal);
        var counts = new List<string>();
        foreach (var code in convention.Codes)
        {
            if (!convention.TryCompute(code, none, out var f)) continue;
            if (f.Denominator is null) counts.Add(code);
            else rates.Add(code);
        }

        var marker = counts.Contains(IndicatorCodes.Received) ? IndicatorCodes.Received : counts.Order(StringComparer.Ordinal).FirstOrDefault();
        return new EmptyRates(rates, marker) { Rates = [.. rates.Order(StringComparer.Ordinal)] };
    }

    /// <summary>True for a computed value that is not stored: a rate of the convention with nothing counted.</summary>
    public bool LeavesOut(string code, long numerator, long? denominator) =>
        Marker is not null && numerator == 0 && denominator == 0 && rates.Contains(code);

    /// <summary>True for a code whose missing value reads as empty where the marker is stored.</summary>
    public bool IsRate(string code) => Marker is not null && rates.Contains(code);
}
