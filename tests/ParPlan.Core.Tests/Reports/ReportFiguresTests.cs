using ParPlan.Core.Indicators;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class ReportFiguresTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly DataWindow Q1 = new(D(2025, 12, 15), D(2026, 3, 14), true);

    private static List<ReportTaskInput> Tasks() =>
    [
        new("1.1", "direction", "Ban hành Kế hoạch CCHC", D(2026, 1, 31), D(2026, 1, 5), D(2026, 1, 20), "Phòng Nội vụ"),
        new("1.2", "direction", "Kế hoạch tuyên truyền", D(2026, 1, 31), D(2026, 1, 5), D(2026, 2, 10), "Văn phòng HĐND và UBND"),
        new("1.3", "direction", "Kiểm tra CCHC", D(2026, 3, 1), D(2026, 2, 1), null, "Phòng Nội vụ"),
        new("3.1", "procedures", "Rà soát TTHC", D(2026, 6, 30), D(2026, 3, 1), null, "Văn phòng HĐND và UBND"),
        new("3.2", "procedures", "Công khai TTHC", D(2026, 12, 31), null, null, "Văn phòng HĐND và UBND"),
        new("3.3", "procedures", "Số hoá hồ sơ", D(2026, 2, 28), null, D(2026, 3, 20), "Phòng Văn hoá – Xã hội"),
    ];

    [Fact]
    public void Task_figures_are_counted_as_of_the_window_end_and_their_parts_add_up_to_the_total()
    {
        var figures = ReportFigureBuilder.Build(Q1, Tasks());

        var direction = figures.Areas.Single(a => a.Area == "direction").Figures;
        Assert.Equal(new TaskFigures(3, 1, 1, 0, 0, 1), direction);
        var procedures = figures.Areas.Single(a => a.Area == "procedures").Figures;
        Assert.Equal(new TaskFigures(3, 0, 0, 1, 1, 1), procedures);
        Assert.Equal(new TaskFigures(6, 1, 1, 1, 1, 2), figures.Total);
        Assert.All(figures.Areas.Select(a => a.Figures).Append(figures.Total),
            f => Assert.Equal(f.Total, f.Done + f.DoneLate + f.InProgress + f.NotStarted + f.Overdue));
    }

    [Fact]
    public void Work_done_after_the_window_end_does_not_count_and_the_task_is_overdue_with_its_lead_unit()
    {
        var figures = ReportFigureBuilder.Build(Q1, Tasks());

        Assert.Equal(["1.3", "3.3"], figures.OverdueTasks.Select(o => o.Ref).OrderBy(r => r));
        var late = figures.OverdueTasks.Single(o => o.Ref == "3.3");
        Assert.Equal("Phòng Văn hoá – Xã hội", late.Lead);
        Assert.Equal(14, late.DaysOverdue);
    }

    [Fact]
    public void Only_evidence_dated_inside_the_window_is_listed()
    {
        EvidenceInput[] evidence =
        [
            new("15/KH-UBND", D(2026, 1, 10), "về cải cách hành chính năm 2026"),
            new("200/KH-UBND", D(2025, 12, 1), "về tuyên truyền năm 2025"),
            new("40/KH-UBND", D(2026, 3, 15), "về kiểm tra"),
        ];

        var figures = ReportFigureBuilder.Build(Q1, Tasks(), evidence: evidence);

        Assert.Equal(["15/KH-UBND"], figures.Evidence.Select(e => e.Number));
    }

    [Fact]
    public void The_plan_section_opens_with_sentences_that_quote_the_numbers_the_overdue_tasks_and_the_documents()
    {
        var figures = ReportFigureBuilder.Build(Q1, Tasks(), evidence: [new("15/KH-UBND", D(2026, 1, 10), "về cải cách hành chính năm 2026")]);
        var section = ReportOutline.Default[0].Sections[0];

        var lines = ReportSentences.For(section, figures);

        Assert.Equal("Tính đến ngày 14/03/2026 (số liệu từ 15/12/2025 đến 14/03/2026), kế hoạch cải cách hành chính có 6 nhiệm vụ; "
                     + "đã hoàn thành 2/6 nhiệm vụ (33,3%), trong đó 1 nhiệm vụ hoàn thành quá hạn; 1 nhiệm vụ đang thực hiện; "
                     + "1 nhiệm vụ chưa triển khai; 2 nhiệm vụ quá hạn (33,3%).", lines[0]);
        Assert.Contains("- Nhiệm vụ 1.3 \"Kiểm tra CCHC\" do Phòng Nội vụ chủ trì, hạn 01/03/2026, quá hạn 13 ngày;", lines);
        Assert.Contains("- Văn bản số 15/KH-UBND ngày 10/01/2026 về cải cách hành chính năm 2026;", lines);
    }

    [Fact]
    public void An_area_section_quotes_its_tasks_targets_and_for_procedures_the_dossier_indicators_in_vietnamese_numbers()
    {
        var figures = ReportFigureBuilder.Build(Q1, Tasks(),
            [new("Tỷ lệ hồ sơ trực tuyến toàn trình", "procedures", ">=", 80, "%", 72.5m, AttainmentStatus.AtRisk)],
            [new("dossier.on-time-rate", "Tỷ lệ hồ sơ giải quyết đúng hạn", 19_100, 20_000)]);
        var section = ReportOutline.Default[1].Sections.Single(s => s.Code == "II.2");

        var lines = ReportSentences.For(section, figures);

        Assert.Equal("Trong kỳ, lĩnh vực này có 3 nhiệm vụ: đã hoàn thành 0 nhiệm vụ (0%), trong đó 0 nhiệm vụ hoàn thành quá hạn; 1 nhiệm vụ quá hạn.", lines[0]);
        Assert.Equal("Chỉ tiêu \"Tỷ lệ hồ sơ trực tuyến toàn trình\" (mục tiêu 80%): thực hiện 72,5%, có nguy cơ không đạt.", lines[1]);
        Assert.Equal("Tỷ lệ hồ sơ giải quyết đúng hạn: 95,5% (19.100/20.000 hồ sơ).", lines[2]);
    }

    [Fact]
    public void The_prefill_covers_every_section_of_the_default_outline_and_leaves_the_judgement_sections_to_the_officer()
    {
        var figures = ReportFigureBuilder.Build(Q1, Tasks());

        var sections = ReportSentences.Prefill(ReportOutline.Default, figures);

        Assert.Equal(["I", "I.1", "I.2", "I.3", "I.4", "I.5", "I.6", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III", "III.1", "III.2", "IV", "V"],
            sections.Select(s => s.Code));
        Assert.Equal("", sections.Single(s => s.Code == "IV").Text);
        Assert.StartsWith("Trong kỳ, lĩnh vực này không có nhiệm vụ", sections.Single(s => s.Code == "II.1").Text);
    }

    [Fact]
    public void A_consolidated_total_equals_the_sum_of_its_rows_and_rates_are_recomputed_from_summed_counts()
    {
        var a = FigureSnapshot.From("xa-a", "UBND xã A", ReportFigureBuilder.Build(Q1, Tasks(), indicators: [new("dossier.on-time-rate", "Đúng hạn", 90, 100)]));
        var b = FigureSnapshot.From("xa-b", "UBND xã B", ReportFigureBuilder.Build(Q1, Tasks().Take(2), indicators: [new("dossier.on-time-rate", "Đúng hạn", 10, 900)]));

        var consolidated = ReportConsolidator.Consolidate([a, b]);

        Assert.Equal(consolidated.Rows.Select(r => r.Total).Aggregate(TaskFigures.Zero, (s, f) => s.Add(f)), consolidated.Total);
        Assert.Equal(consolidated.Areas.Values.Aggregate(TaskFigures.Zero, (s, f) => s.Add(f)), consolidated.Total);
        Assert.Equal(new TaskFigures(8, 2, 2, 1, 1, 2), consolidated.Total);
        Assert.Equal(new TaskFigures(5, 2, 2, 0, 0, 1), consolidated.Areas["direction"]);
        var rate = consolidated.Indicators.Single();
        Assert.Equal((100L, 1000L, 10m), (rate.Numerator, rate.Denominator, rate.Value!.Value));
    }
}
