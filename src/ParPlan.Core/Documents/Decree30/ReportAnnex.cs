using ParPlan.Core.Reports;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>The statistical annexes of a report: task figures per area with a total row, or, for a consolidated report,
/// per child unit with a total row (every total is the sum of the rows above it); and the other figures of the period
/// (<see cref="Data"/>): the dossier indicators computed from the store and the rows the officer typed in.</summary>
public static class ReportAnnex
{
    private static readonly string[] FigureColumns = ["Tổng số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Chưa triển khai", "Quá hạn"];

    public static Annex FromFigures(ReportFigures figures, string attachment)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.Areas.Select((a, i) => Row(i + 1, a.AreaName, a.Figures)).ToList();
        rows.Add(Row(null, "Tổng cộng", figures.Total));
        return new Annex("Phụ lục", "Số liệu cải cách hành chính kỳ báo cáo", attachment, ["STT", "Lĩnh vực", .. FigureColumns], [5, 30, 11, 11, 11, 11, 11, 10], rows);
    }

    public static Annex FromConsolidated(ConsolidatedFigures figures, string attachment)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.Rows.Select((r, i) => Row(i + 1, r.UnitName, r.Total)).ToList();
        rows.Add(Row(null, "Tổng cộng", figures.Total));
        return new Annex("Phụ lục", "Tổng hợp số liệu cải cách hành chính của các đơn vị", attachment, ["STT", "Đơn vị", .. FigureColumns], [5, 30, 11, 11, 11, 11, 11, 10], rows);
    }

    /// <summary>
    /// The period's other figures, area by area: each dossier indicator (computed: its value in %, with numerator and
    /// denominator in the note) and each typed-in row (its value, or empty when not yet typed). Labelled "Phụ lục II"
    /// because it follows the task figures (<see cref="FromFigures"/>), which then read "Phụ lục I" (<see cref="Numbered"/>).
    /// </summary>
    public static Annex Data(IReadOnlyList<ReportIndicatorInput> indicators, IReadOnlyList<TypedAnnexRow> typed, string attachment)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(typed);
        var rows = new List<AnnexRow>();
        var number = 0;
        var areas = typed.Select(t => t.Area).Append("procedures").Distinct(StringComparer.Ordinal)
            .OrderBy(Plans.AreaNames.Order).ThenBy(a => a, StringComparer.Ordinal).ToList();
        foreach (var area in areas)
        {
            var areaRows = new List<AnnexRow>();
            if (area == "procedures")
            {
                areaRows.AddRange(indicators.Select(i => new AnnexRow(
                    [(++number).ToString(Decree30Format.Vi), i.Name, "%", i.Value is { } v ? ReportText.Number(v, 2) : "",
                        $"{ReportText.Count(i.Numerator)}/{ReportText.Count(i.Denominator)} hồ sơ (số liệu của hệ thống)"],
                    Numbers: [number, null, null, i.Value, null])));
            }

            areaRows.AddRange(typed.Where(t => t.Area == area).Select(t => new AnnexRow(
                [(++number).ToString(Decree30Format.Vi), t.Label, t.Unit, t.Value is { } v ? ReportText.Number(v, 2) : "", t.Note ?? ""],
                Numbers: [number, null, null, t.Value, null])));
            if (areaRows.Count > 0)
            {
                rows.Add(new AnnexRow([Plans.AreaNames.Of(area)], IsGroup: true));
                rows.AddRange(areaRows);
            }
        }

        return new Annex("Phụ lục II", "Số liệu cải cách hành chính khác trong kỳ báo cáo", attachment, ["STT", "Nội dung", "Đơn vị tính", "Số liệu", "Ghi chú"],
            [5, 45, 12, 12, 26], rows);
    }

    /// <summary>The annexes of one report labelled as Decree 30 wants them: "Phụ lục" alone, or "Phụ lục I", "Phụ lục
    /// II" … when there are several.</summary>
    public static IReadOnlyList<Annex> Numbered(params Annex?[] annexes)
    {
        var list = annexes.OfType<Annex>().ToList();
        return list.Count < 2 ? list : list.Select((a, i) => a with { Label = "Phụ lục " + Roman(i + 1) }).ToList();
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", _ => n.ToString(Decree30Format.Vi) };

    private static AnnexRow Row(int? number, string name, TaskFigures f) =>
        new([number?.ToString(Decree30Format.Vi) ?? "", name, ReportText.Count(f.Total), ReportText.Count(f.Done), ReportText.Count(f.DoneLate), ReportText.Count(f.InProgress),
            ReportText.Count(f.NotStarted), ReportText.Count(f.Overdue)],
            Numbers: [number, null, f.Total, f.Done, f.DoneLate, f.InProgress, f.NotStarted, f.Overdue]);
}
