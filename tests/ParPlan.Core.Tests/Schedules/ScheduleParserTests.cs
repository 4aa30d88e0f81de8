using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Schedules;

public class ScheduleParserTests
{
    private static ScheduleContext Year(int year) => new(year, new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

    private static DateOnly? D(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Every verbatim "Thời gian" cell of DOMAIN §5.1 with a single window or deadline, plus the contract's examples.
    [Theory]
    [InlineData("Quý I/2025", 2025, ScheduleKind.Period, "2025-01-01", "2025-03-31", "2025-03-31")]
    [InlineData("Năm 2025", 2025, ScheduleKind.Period, "2025-01-01", "2025-12-31", "2025-12-31")]
    [InlineData("Năm 2025 ", 2025, ScheduleKind.Period, "2025-01-01", "2025-12-31", "2025-12-31")]
    [InlineData("Quý III, IV năm 2025; hoàn thành trước 31/10", 2025, ScheduleKind.Period, "2025-07-01", "2025-12-31", "2025-10-31")]
    [InlineData("Quý IV, năm 2025", 2025, ScheduleKind.Period, "2025-10-01", "2025-12-31", "2025-12-31")]
    [InlineData("Quý IV, Năm 2025", 2025, ScheduleKind.Period, "2025-10-01", "2025-12-31", "2025-12-31")]
    [InlineData("Quý IV năm 2025", 2025, ScheduleKind.Period, "2025-10-01", "2025-12-31", "2025-12-31")]
    [InlineData("Trước ngày 15/01/2025", 2025, ScheduleKind.Date, null, null, "2025-01-15")]
    [InlineData("Trước ngày 18/11/2025", 2025, ScheduleKind.Date, null, null, "2025-11-18")]
    [InlineData("Trước ngày 31/01/2026", 2025, ScheduleKind.Date, null, null, "2026-01-31")]
    [InlineData("-Kế hoạch ban hành trước ngày 10/02/2025 của UBND huyện.", 2025, ScheduleKind.Date, null, null, "2025-02-10")]
    [InlineData("Trước ngày 01/12/2025", 2025, ScheduleKind.Date, null, null, "2025-12-01")]
    [InlineData("Trước 15/8/2025", 2025, ScheduleKind.Date, null, null, "2025-08-15")]
    [InlineData("Trong năm 2025 (theo hướng dẫn chỉ đạo của TW, tỉnh)", 2025, ScheduleKind.Period, "2025-01-01", "2025-12-31", "2025-12-31")]
    [InlineData("Cả năm 2025", 2025, ScheduleKind.Period, "2025-01-01", "2025-12-31", "2025-12-31")]
    [InlineData("Trong năm 2025", 2025, ScheduleKind.Period, "2025-01-01", "2025-12-31", "2025-12-31")]
    [InlineData("Trước ngày 15/01/2026", 2026, ScheduleKind.Date, null, null, "2026-01-15")]
    [InlineData("Tháng 01/2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-01-31", "2026-01-31")]
    [InlineData("Năm 2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-12-31", "2026-12-31")]
    [InlineData("Quý IV/2026", 2026, ScheduleKind.Period, "2026-10-01", "2026-12-31", "2026-12-31")]
    [InlineData("Quý IV năm 2026", 2026, ScheduleKind.Period, "2026-10-01", "2026-12-31", "2026-12-31")]
    [InlineData("Trước 25/11/2026", 2026, ScheduleKind.Date, null, null, "2026-11-25")]
    [InlineData("Trong năm 2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-12-31", "2026-12-31")]
    [InlineData("Quý II, III/2026", 2026, ScheduleKind.Period, "2026-04-01", "2026-09-30", "2026-09-30")]
    [InlineData("Quý III, IV", 2026, ScheduleKind.Period, "2026-07-01", "2026-12-31", "2026-12-31")]
    [InlineData("Quý I/2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-03-31", "2026-03-31")]
    [InlineData("Quý I năm 2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-03-31", "2026-03-31")]
    [InlineData("Tháng 12/2025", 2026, ScheduleKind.Period, "2025-12-01", "2025-12-31", "2025-12-31")]
    [InlineData("Quý I năm 2023", 2023, ScheduleKind.Period, "2023-01-01", "2023-03-31", "2023-03-31")]
    [InlineData("Trước 25/02/2023", 2023, ScheduleKind.Date, null, null, "2023-02-25")]
    [InlineData("Năm 2023", 2023, ScheduleKind.Period, "2023-01-01", "2023-12-31", "2023-12-31")]
    [InlineData("Quý III", 2023, ScheduleKind.Period, "2023-07-01", "2023-09-30", "2023-09-30")]
    [InlineData("Quý IV", 2023, ScheduleKind.Period, "2023-10-01", "2023-12-31", "2023-12-31")]
    [InlineData("Tháng 01/2023", 2023, ScheduleKind.Period, "2023-01-01", "2023-01-31", "2023-01-31")]
    [InlineData("Quý IV năm 2023", 2023, ScheduleKind.Period, "2023-10-01", "2023-12-31", "2023-12-31")]
    [InlineData("Hoàn thành trong tháng 1/2024", 2024, ScheduleKind.Date, null, null, "2024-01-31")]
    [InlineData("Hoàn thành trước tháng 9/2024", 2024, ScheduleKind.Date, null, null, "2024-08-31")]
    [InlineData("Quý III,IV", 2024, ScheduleKind.Period, "2024-07-01", "2024-12-31", "2024-12-31")]
    [InlineData("6 tháng đầu năm 2025", 2025, ScheduleKind.Period, "2025-01-01", "2025-06-30", "2025-06-30")]
    [InlineData("6 tháng cuối năm", 2025, ScheduleKind.Period, "2025-07-01", "2025-12-31", "2025-12-31")]
    [InlineData("9 tháng đầu năm 2025", 2025, ScheduleKind.Period, "2025-01-01", "2025-09-30", "2025-09-30")]
    [InlineData("Từ tháng 3 đến tháng 6/2025", 2025, ScheduleKind.Period, "2025-03-01", "2025-06-30", "2025-06-30")]
    [InlineData("Từ 01/3/2025 đến 30/6/2025", 2025, ScheduleKind.Period, "2025-03-01", "2025-06-30", "2025-06-30")]
    [InlineData("Quý 2 năm 2025", 2025, ScheduleKind.Period, "2025-04-01", "2025-06-30", "2025-06-30")]
    [InlineData("tháng 1 năm 2024", 2024, ScheduleKind.Period, "2024-01-01", "2024-01-31", "2024-01-31")]
    [InlineData("Đến hết năm 2025", 2025, ScheduleKind.Date, null, null, "2025-12-31")]
    [InlineData("ngày 15 tháng 01 năm 2025", 2025, ScheduleKind.Date, null, null, "2025-01-15")]
    [InlineData("Trước quý III/2025", 2025, ScheduleKind.Date, null, null, "2025-06-30")]
    [InlineData("Tháng 01-02/2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-02-28", "2026-02-28")]
    [InlineData("Năm 2025 - 2026", 2025, ScheduleKind.Period, "2025-01-01", "2026-12-31", "2026-12-31")]
    [InlineData("Quý I - II/2026", 2026, ScheduleKind.Period, "2026-01-01", "2026-06-30", "2026-06-30")]
    [InlineData("Tháng 3/2025 - Tháng 6/2025", 2025, ScheduleKind.Period, "2025-03-01", "2025-06-30", "2025-06-30")]
    [InlineData("Giai đoạn 2025-2026", 2025, ScheduleKind.Period, "2025-01-01", "2026-12-31", "2026-12-31")]
    [InlineData("Hết quý I/2026", 2026, ScheduleKind.Date, null, null, "2026-03-31")]
    [InlineData("01/3/2025 - 30/6/2025", 2025, ScheduleKind.Period, "2025-03-01", "2025-06-30", "2025-06-30")]
    [InlineData("Quí II/2025", 2025, ScheduleKind.Period, "2025-04-01", "2025-06-30", "2025-06-30")]
    [InlineData("Chậm nhất ngày 20/12/2025", 2025, ScheduleKind.Date, null, null, "2025-12-20")]
    public void Parse_reads_windows_and_deadlines(string cell, int planYear, ScheduleKind kind, string? from, string? to, string? due)
    {
        var schedule = ScheduleParser.Parse(cell, Year(planYear)).Schedule;

        Assert.Equal(kind, schedule.Kind);
        Assert.Equal(D(due), schedule.Due);
        if (kind == ScheduleKind.Period)
        {
            Assert.Equal(D(from), schedule.From);
            Assert.Equal(D(to), schedule.To);
        }
    }

    [Fact]
    public void Parse_keeps_the_cell_text_with_whitespace_collapsed()
    {
        var schedule = ScheduleParser.Parse("Nhiệm vụ\nthường\n  xuyên ", Year(2026)).Schedule;

        Assert.Equal("Nhiệm vụ thường xuyên", schedule.Text);
        Assert.Equal(ScheduleKind.Ongoing, schedule.Kind);
    }

    [Theory]
    [InlineData("Thường xuyên", 2025, "2025-01-01", "2025-12-31")]
    [InlineData("Nhiệm vụ thường xuyên", 2026, "2026-01-01", "2026-12-31")]
    [InlineData("Thường xuyên trong năm 2023", 2023, "2023-01-01", "2023-12-31")]
    [InlineData("Thường xuyên trong năm 2024", 2023, "2024-01-01", "2024-12-31")]
    public void Parse_reads_standing_duties_as_ongoing_over_the_plan_period_or_the_stated_year(string cell, int planYear, string from, string to)
    {
        var schedule = ScheduleParser.Parse(cell, Year(planYear)).Schedule;

        Assert.Equal(ScheduleKind.Ongoing, schedule.Kind);
        Assert.Equal((D(from), D(to)), (schedule.From, schedule.To));
        Assert.Null(schedule.Due);
    }

    [Fact]
    public void Parse_reads_a_deadline_per_government_level_with_labels()
    {
        var schedule = ScheduleParser.Parse("-UBND huyện: trước ngày 31/01/2025 - UBND Cấp xã: trước ngày 28/02/2025", Year(2025)).Schedule;

        Assert.Equal(ScheduleKind.PerLevel, schedule.Kind);
        Assert.Equal(
            [new LevelDeadline(GovernmentLevel.District, "UBND huyện", D("2025-01-31")), new LevelDeadline(GovernmentLevel.Commune, "UBND Cấp xã", D("2025-02-28"))],
            schedule.PerLevel!);
    }

    [Fact]
    public void Parse_reads_a_province_level_marker_and_quarter_windows_per_level()
    {
        var schedule = ScheduleParser.Parse("Cấp tỉnh: Quý I; cấp xã: Quý II/2025", Year(2025)).Schedule;

        Assert.Equal(ScheduleKind.PerLevel, schedule.Kind);
        Assert.Equal(GovernmentLevel.Province, schedule.PerLevel![0].Level);
        Assert.Equal(D("2025-03-31"), schedule.PerLevel[0].Due);
        Assert.Equal((GovernmentLevel.Commune, D("2025-06-30")), (schedule.PerLevel[1].Level, schedule.PerLevel[1].Due));
    }

    [Fact]
    public void Parse_reads_a_milestone_list_as_multi_with_period_ends_and_printed_labels()
    {
        var schedule = ScheduleParser.Parse("Quý I, 6 tháng, quý III, năm 2023", Year(2023)).Schedule;

        Assert.Equal(ScheduleKind.Multi, schedule.Kind);
        Assert.Equal(["Quý I", "6 tháng", "quý III", "năm 2023"], schedule.Occurrences!.Select(o => o.Label));
        Assert.Equal([D("2023-03-31"), D("2023-06-30"), D("2023-09-30"), D("2023-12-31")], schedule.Occurrences!.Select(o => o.Due));
    }

    [Fact]
    public void Parse_reads_milestones_in_separate_clauses_as_multi()
    {
        var schedule = ScheduleParser.Parse("Quý I ban hành kế hoạch; tổ chức kiểm tra và báo cáo kết quả vào quý III", Year(2026)).Schedule;

        Assert.Equal(ScheduleKind.Multi, schedule.Kind);
        Assert.Equal([("Quý I", D("2026-03-31")), ("quý III", D("2026-09-30"))], schedule.Occurrences!.Select(o => (o.Label, o.Due)));
    }

    [Fact]
    public void Parse_reads_separate_quarters_as_separate_milestones()
    {
        var schedule = ScheduleParser.Parse("Quý I và Quý III năm 2026", Year(2026)).Schedule;

        Assert.Equal(ScheduleKind.Multi, schedule.Kind);
        Assert.Equal([D("2026-03-31"), D("2026-09-30")], schedule.Occurrences!.Select(o => o.Due));
    }

    [Theory]
    [InlineData("Hoàn thành trước 25/11 hàng năm", "trước 25/11 hàng năm")]
    [InlineData("Hàng năm, trước ngày 25/11", "Hàng năm, trước ngày 25/11")]
    public void Parse_reads_a_yearly_deadline_as_recurring_with_occurrences_labelled_by_year(string cell, string rule)
    {
        var schedule = ScheduleParser.Parse(cell, Year(2025)).Schedule;

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(rule, schedule.Rule);
        var occurrence = Assert.Single(schedule.Occurrences!);
        Assert.Equal(("2025", D("2025-11-25")), (occurrence.Label, occurrence.Due));
    }

    [Fact]
    public void Parse_lists_every_anchor_of_a_yearly_rule_in_every_year_of_a_multi_year_plan()
    {
        var period = new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));

        var schedule = ScheduleParser.Parse("Tháng 6 và tháng 12 hàng năm", new ScheduleContext(2026, period)).Schedule;

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal([D("2026-06-30"), D("2026-12-31"), D("2027-06-30"), D("2027-12-31")], schedule.Occurrences!.Select(o => o.Due));
        Assert.Equal("Tháng 6 2026", schedule.Occurrences![0].Label);
    }

    [Theory]
    [InlineData("Tháng 3, 6, 9, 12/2026")]
    [InlineData("tháng 3, 6, 9 và 12 năm 2026")]
    public void Parse_reads_months_listed_after_one_month_word_as_one_milestone_each(string cell)
    {
        var schedule = ScheduleParser.Parse(cell, Year(2026)).Schedule;

        Assert.Equal(ScheduleKind.Multi, schedule.Kind);
        Assert.Equal([D("2026-03-31"), D("2026-06-30"), D("2026-09-30"), D("2026-12-31")], schedule.Occurrences!.Select(o => o.Due));
    }

    [Fact]
    public void Parse_reads_months_listed_with_a_yearly_rule_in_every_year_of_the_plan()
    {
        var period = new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));

        var schedule = ScheduleParser.Parse("Tháng 6, 12 hằng năm", new ScheduleContext(2026, period)).Schedule;

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal([D("2026-06-30"), D("2026-12-31"), D("2027-06-30"), D("2027-12-31")], schedule.Occurrences!.Select(o => o.Due));
    }

    [Fact]
    public void Parse_reads_the_contract_report_list_as_four_milestones()
    {
        var schedule = ScheduleParser.Parse("Quý I, 6 tháng, Quý III và năm 2026", Year(2026)).Schedule;

        Assert.Equal(ScheduleKind.Multi, schedule.Kind);
        Assert.Equal([D("2026-03-31"), D("2026-06-30"), D("2026-09-30"), D("2026-12-31")], schedule.Occurrences!.Select(o => o.Due));
    }

    [Fact]
    public void Parse_lists_a_monthly_day_for_every_month_of_the_plan()
    {
        var schedule = ScheduleParser.Parse("ngày 25 hàng tháng", Year(2026)).Schedule;

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(12, schedule.Occurrences!.Count);
        Assert.Equal(D("2026-02-25"), schedule.Occurrences[1].Due);
    }

    [Fact]
    public void Parse_lists_quarter_ends_for_a_quarterly_duty()
    {
        var schedule = ScheduleParser.Parse("Hàng quý", Year(2026)).Schedule;

        Assert.Equal([D("2026-03-31"), D("2026-06-30"), D("2026-09-30"), D("2026-12-31")], schedule.Occurrences!.Select(o => o.Due));
    }

    [Theory]
    [InlineData("Định kỳ hoặc đột xuất")]
    [InlineData("Hàng năm")]
    [InlineData("Hằng năm")]
    [InlineData("Đột xuất")]
    public void Parse_reads_a_cadence_without_a_day_as_recurring_without_occurrences(string cell)
    {
        var schedule = ScheduleParser.Parse(cell, Year(2025)).Schedule;

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(cell, schedule.Rule);
        Assert.Null(schedule.Occurrences);
    }

    [Theory]
    [InlineData("Sau khi có chủ trương của Bộ Chính trị", "Sau khi có chủ trương của Bộ Chính trị")]
    [InlineData("(Sau khi có Kế hoạch của UBND tỉnh)", "Sau khi có Kế hoạch của UBND tỉnh")]
    [InlineData("Sau khi UBND tỉnh ban hành Kế hoạch", "Sau khi UBND tỉnh ban hành Kế hoạch")]
    [InlineData("Sau khi có hướng dẫn của UBND tỉnh", "Sau khi có hướng dẫn của UBND tỉnh")]
    [InlineData("Khi có chỉ đạo của tỉnh", "Khi có chỉ đạo của tỉnh")]
    public void Parse_reads_a_trigger_as_conditional_without_the_surrounding_brackets(string cell, string condition)
    {
        var schedule = ScheduleParser.Parse(cell, Year(2026)).Schedule;

        Assert.Equal(ScheduleKind.Conditional, schedule.Kind);
        Assert.Equal(condition, schedule.Condition);
        Assert.Equal(cell, schedule.Text);
    }

    [Theory]
    [InlineData("- Đối với báo cáo PBGDPL: Căn cứ vào KHPBGDPL của UBND huyện năm 2025. - Đối với báo cáo HP: Căn cứ vào văn bản của Sở Tư pháp để thực hiện.")]
    [InlineData("Theo Kế hoạch được UBND tỉnh phê duyệt và các văn bản cấp có thẩm quyền")]
    [InlineData("Theo hướng dẫn của tỉnh")]
    [InlineData("Theo Kế hoạch/đột xuất")]
    [InlineData("Theo thời gian yêu cầu và quy định của Sở Nội vụ về chế độ thông tin báo cáo")]
    [InlineData("Theo Kế hoạch")]
    [InlineData("Theo quy định")]
    [InlineData("Theo Kế hoạch của tỉnh")]
    public void Parse_reads_a_cell_timed_by_another_document_as_reference_holding_the_whole_text(string cell)
    {
        var result = ScheduleParser.Parse(cell, Year(2025));

        Assert.Equal(ScheduleKind.Reference, result.Schedule.Kind);
        Assert.Equal(cell, result.Schedule.Reference);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_returns_none_with_a_warning_for_a_blank_cell()
    {
        var result = ScheduleParser.Parse("  \n ", Year(2023));

        Assert.Equal(ScheduleKind.None, result.Schedule.Kind);
        Assert.Equal("", result.Schedule.Text);
        Assert.Equal(["schedule cell is blank"], result.Warnings);
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("Theo dự toán hàng năm")]
    [InlineData("")]
    public void Parse_in_the_funding_column_gives_no_time_semantics(string cell)
    {
        var result = ScheduleParser.Parse(cell, new ScheduleContext(2025, Column: ScheduleColumn.Funding));

        Assert.Equal(ScheduleKind.None, result.Schedule.Kind);
        Assert.Equal(cell, result.Schedule.Text);
        Assert.Null(result.Schedule.From);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_warns_about_an_impossible_date_and_falls_back_to_reference()
    {
        var result = ScheduleParser.Parse("Trước ngày 31/02/2025", Year(2025));

        Assert.Equal(ScheduleKind.Reference, result.Schedule.Kind);
        Assert.Contains(result.Warnings, w => w.Contains("impossible date", StringComparison.Ordinal) && w.Contains("31/02/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_warns_when_a_range_ends_before_it_starts()
    {
        var result = ScheduleParser.Parse("Từ tháng 6 đến tháng 3/2025", Year(2025));

        Assert.Contains(result.Warnings, w => w.StartsWith("range end 2025-03-31 precedes its start 2025-06-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_warns_about_a_deadline_before_the_plan_date_when_the_issue_date_is_known()
    {
        var context = new ScheduleContext(2023, null, new DateOnly(2023, 2, 6));

        var result = ScheduleParser.Parse("Tháng 01/2023", context);

        Assert.Equal(["deadline Tháng 01/2023 precedes the plan date 2023-02-06"], result.Warnings);
    }

    [Fact]
    public void Parse_falls_back_to_reference_with_a_warning_for_text_it_cannot_read()
    {
        var result = ScheduleParser.Parse("Khẩn trương", Year(2025));

        Assert.Equal(ScheduleKind.Reference, result.Schedule.Kind);
        Assert.Equal("Khẩn trương", result.Schedule.Reference);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Parse_uses_the_plan_year_for_a_date_without_one()
    {
        var schedule = ScheduleParser.Parse("Trước 30/6", Year(2027)).Schedule;

        Assert.Equal(D("2027-06-30"), schedule.Due);
    }
}
