namespace ParPlan.Core.Reports;

/// <summary>
/// A government's typed-in annex rows over its children's: each row counted in units (not a rate in %) is summed over
/// the children that have a value for it (typed, or computed from their records), and the government's own empty rows
/// take that sum. A rate is never summed (nor averaged): a rate computed from counts (<see cref="RecordAnnexRows.Ratios"/>)
/// is recomputed from the summed counts; the government types any other.
/// </summary>
public static class TypedAnnexTotals
{
    /// <summary>Per code, the sum of the children's values for rows that are not rates, with the number of children
    /// behind it in the note ("Tổng hợp từ 2 đơn vị"); rows no child typed are left out.</summary>
    public static IReadOnlyList<TypedAnnexRow> Sum(IEnumerable<IReadOnlyList<TypedAnnexRow>> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var sums = new Dictionary<string, (TypedAnnexRow Row, decimal Sum, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in children.SelectMany(c => c).Where(r => r.Value is not null && !IsRate(r)))
        {
            if (!sums.TryGetValue(row.Code, out var acc))
            {
                order.Add(row.Code);
                acc = (row, 0, 0);
            }

            sums[row.Code] = (acc.Row, acc.Sum + row.Value!.Value, acc.Count + 1);
        }

        var rows = order.Select(c => sums[c].Row with { Value = sums[c].Sum, Note = $"Tổng hợp từ {ReportText.Count(sums[c].Count)} đơn vị" }).ToList();
        foreach (var (code, ratio) in RecordAnnexRows.Ratios)
        {
            if (sums.TryGetValue(ratio.Denominator, out var den) && RecordAnnexRows.Definitions.FirstOrDefault(d => d.Code == code) is { } template
                && RecordAnnexRows.Rate(code, sums.TryGetValue(ratio.Numerator, out var num) ? num.Sum : 0, den.Sum) is { } rate)
            {
                rows.Add(template with { Value = rate, Note = $"Tính lại từ số liệu tổng hợp của {ReportText.Count(den.Count)} đơn vị", Computed = true });
            }
        }

        return rows;
    }

    /// <summary>The government's own rows, each empty one filled with the children's sum when there is one.</summary>
    public static IReadOnlyList<TypedAnnexRow> Fill(IReadOnlyList<TypedAnnexRow> own, IReadOnlyList<TypedAnnexRow> sums)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(sums);
        var byCode = sums.ToDictionary(s => s.Code, StringComparer.Ordinal);
        return own.Select(r => r.Value is null && byCode.TryGetValue(r.Code, out var s)
            ? r with { Value = s.Value, Note = string.IsNullOrWhiteSpace(r.Note) ? s.Note : r.Note }
            : r).ToList();
    }

    /// <summary>A rate (unit "%") is never added up.</summary>
    public static bool IsRate(TypedAnnexRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Unit.Trim() == "%";
    }
}
