using ParPlan.Core.Indicators;

namespace ParPlan.Core.Reports;

/// <summary>
/// The Vietnamese sentences a section opens with, quoting the report's numbers (vi-VN numbers, dd/MM/yyyy dates). The
/// officer edits from there. Sections without numbers (assessment, next period, proposals) open empty.
/// </summary>
public static class ReportSentences
{
    /// <summary>The opening sentences of <paramref name="section"/>, then those quoting the records
    /// (<see cref="RecordSentences"/>) when given.</summary>
    public static IReadOnlyList<string> For(OutlineSection section, ReportFigures figures, RecordFigures? records = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(figures);
        var lines = new List<string>();
        if (section.Code == "I.1")
        {
            lines.Add(PlanSentence(figures));
            lines.AddRange(OverdueSentences(figures.OverdueTasks.ToList()));
            lines.AddRange(EvidenceSentences(figures.Evidence));
            // The plan's general targets (direction, or no area) are quoted with the plan itself.
            lines.AddRange(figures.Targets.Where(t => t.Area is null || t.Area == section.Area).Select(TargetSentence));
        }
        else if (section.Area is { } area)
        {
            var row = figures.Areas.FirstOrDefault(a => a.Area == area);
            lines.Add(row is null || row.Figures.Total == 0
                ? "Trong kỳ, lĩnh vực này không có nhiệm vụ trong kế hoạch."
                : $"Trong kỳ, lĩnh vực này có {Tasks(row.Figures.Total)}: đã hoàn thành {ReportText.Count(row.Figures.Finished)} nhiệm vụ "
                  + $"({ReportText.Percent(row.Figures.Finished, row.Figures.Total)}), trong đó {ReportText.Count(row.Figures.DoneLate)} nhiệm vụ hoàn thành quá hạn; "
                  + $"{ReportText.Count(row.Figures.Overdue)} nhiệm vụ quá hạn.");
            lines.AddRange(figures.Targets.Where(t => t.Area == area).Select(TargetSentence));
            if (area == "procedures")
            {
                lines.AddRange(figures.Indicators.Select(IndicatorSentence));
            }
        }

        if (records is not null)
        {
            lines.AddRange(RecordSentences.For(section.Code, records, figures.Window));
        }

        return lines;
    }

    /// <summary>The whole outline, each section with its heading and its opening text (sentences joined by new lines).</summary>
    public static IReadOnlyList<(string Code, string Heading, string Text)> Prefill(IEnumerable<OutlineSection> outline, ReportFigures figures,
        RecordFigures? records = null) =>
        outline.SelectMany(s => s.Flatten()).Select(s => (s.Code, s.Heading, string.Join('\n', For(s, figures, records)))).ToList();

    private static string PlanSentence(ReportFigures f)
    {
        var t = f.Total;
        return $"Tính đến ngày {ReportText.Date(f.AsOf)} (số liệu {f.Window.Text}), kế hoạch cải cách hành chính có {Tasks(t.Total)}; "
               + $"đã hoàn thành {ReportText.Count(t.Finished)}/{ReportText.Count(t.Total)} nhiệm vụ ({ReportText.Percent(t.Finished, t.Total)}), "
               + $"trong đó {ReportText.Count(t.DoneLate)} nhiệm vụ hoàn thành quá hạn; {ReportText.Count(t.InProgress)} nhiệm vụ đang thực hiện; "
               + $"{ReportText.Count(t.NotStarted)} nhiệm vụ chưa triển khai; {ReportText.Count(t.Overdue)} nhiệm vụ quá hạn ({ReportText.Percent(t.Overdue, t.Total)}).";
    }

    private static IEnumerable<string> OverdueSentences(List<OverdueTask> overdue)
    {
        if (overdue.Count == 0)
        {
            yield break;
        }

        yield return "Các nhiệm vụ quá hạn:";
        foreach (var o in overdue)
        {
            yield return $"- Nhiệm vụ {o.Ref} \"{o.Title}\" do {o.Lead} chủ trì, hạn {ReportText.Date(o.DueOn)}, quá hạn {ReportText.Count(o.DaysOverdue)} ngày;";
        }
    }

    private static IEnumerable<string> EvidenceSentences(IReadOnlyList<EvidenceInput> evidence)
    {
        if (evidence.Count == 0)
        {
            yield return "Trong kỳ chưa có văn bản chỉ đạo, điều hành nào được cập nhật.";
            yield break;
        }

        yield return $"Trong kỳ đã ban hành {ReportText.Count(evidence.Count)} văn bản chỉ đạo, điều hành:";
        foreach (var e in evidence)
        {
            yield return $"- Văn bản số {e.Number} ngày {ReportText.Date(e.IssuedOn)} {e.Title};";
        }
    }

    private static string TargetSentence(ReportTargetInput t)
    {
        var unit = t.Unit == "%" ? "%" : " " + t.Unit;
        var actual = t.Actual is { } a ? $"thực hiện {ReportText.Number(a)}{unit}" : "chưa có số liệu thực hiện";
        return $"Chỉ tiêu \"{t.Text}\" (mục tiêu {ReportText.Number(t.Value)}{unit}): {actual}, {Attainment(t.Status)}.";
    }

    private static string IndicatorSentence(ReportIndicatorInput i) => i.Value is { } v
        ? $"{i.Name}: {ReportText.Number(v)}% ({ReportText.Count(i.Numerator)}/{ReportText.Count(i.Denominator)} hồ sơ)."
        : $"{i.Name}: chưa có hồ sơ trong kỳ.";

    private static string Attainment(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Met => "đạt",
        AttainmentStatus.AtRisk => "có nguy cơ không đạt",
        AttainmentStatus.Missed => "không đạt",
        _ => "chưa đánh giá được",
    };

    private static string Tasks(int n) => $"{ReportText.Count(n)} nhiệm vụ";
}
