using System.Globalization;

namespace ParPlan.Features.Indicators;

/// <summary>What a year's computation changes against the values stored for it: the stored rows to remove (their value
/// changed or disappeared) and the computed values to insert (changed or new); the others stay as stored. Values compare
/// by their key (period, code, unit, field) and their numerator, denominator and value (<see cref="ValueText"/>).</summary>
internal sealed class IndicatorValueChanges
{
    public List<long> Removed { get; } = [];

    public List<ComputedValue> Inserted { get; } = [];

    public int Kept { get; private set; }

    public bool Any => Removed.Count > 0 || Inserted.Count > 0;

    /// <summary>A value as it compares with a stored one: on SQLite its text as stored (decimal as invariant text, as EF
    /// stores it), on PostgreSQL the number without trailing zeros (a numeric column gives back its own scale).</summary>
    public static string? ValueText(decimal? value, bool sqlite) => value switch
    {
        null => null,
        { } v when sqlite => v.ToString(CultureInfo.InvariantCulture),
        { } v => (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
    };

    public static IndicatorValueChanges Between(IReadOnlyCollection<StoredValueRow> stored, List<ComputedValue> computed, bool sqlite)
    {
        var changes = new IndicatorValueChanges();
        if (stored.Count == 0)
        {
            changes.Inserted.AddRange(computed);
            return changes;
        }

        var byKey = new Dictionary<string, StoredValueRow>(stored.Count, StringComparer.Ordinal);
        foreach (var s in stored)
        {
            if (!byKey.TryAdd(Key(s.Period, s.Code, s.Unit, s.Field), s)) changes.Removed.Add(s.Id);
        }

        foreach (var c in computed)
        {
            if (byKey.Remove(Key(c.Period, c.Code, c.Unit, c.Field), out var s) && s.Num == c.Num && s.Den == c.Den
                && string.Equals(s.ValueText, ValueText(c.Value, sqlite), StringComparison.Ordinal))
            {
                changes.Kept++;
                continue;
            }

            if (s is not null) changes.Removed.Add(s.Id);
            changes.Inserted.Add(c);
        }

        changes.Removed.AddRange(byKey.Values.Select(s => s.Id));
        return changes;
    }

    /// <summary>The key as one string (a separator no code or field holds).</summary>
    private static string Key(string period, string code, string unit, string field) => string.Join('\u001f', period, code, unit, field);
}
