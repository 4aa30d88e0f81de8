using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Schedules;

public class CombineSubRowsTests
{
    private static readonly ScheduleContext Plan2026 = new(2026);

    private static Schedule Cell(string text) => ScheduleParser.Parse(text, Plan2026).Schedule;

    [Fact]
    public void CombineSubRows_builds_a_multi_schedule_with_one_occurrence_per_row()
    {
        var rows = new List<(string, Schedule)>
        {
            ("Xây dựng và ban hành Kế hoạch", Cell("Sau khi UBND tỉnh ban hành Kế hoạch")),
            ("Thực hiện công tác kiểm tra", Cell("Quý III, IV")),
        };

        var schedule = ScheduleParser.CombineSubRows(rows);

        Assert.Equal(ScheduleKind.Multi, schedule.Kind);
        Assert.Equal("Sau khi UBND tỉnh ban hành Kế hoạch | Quý III, IV", schedule.Text);
        var (conditional, window) = (schedule.Occurrences![0], schedule.Occurrences[1]);
        Assert.Equal(("Xây dựng và ban hành Kế hoạch", ScheduleKind.Conditional, (DateOnly?)null), (conditional.Label, conditional.Kind, conditional.Due));
        Assert.Equal("Sau khi UBND tỉnh ban hành Kế hoạch", conditional.Condition);
        Assert.Equal((ScheduleKind.Period, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)), (window.Kind, window.From, window.Due));
        Assert.Equal("Quý III, IV", window.Text);
    }

    [Fact]
    public void CombineSubRows_returns_the_common_schedule_when_every_row_has_the_same_text()
    {
        var common = Cell("Cả năm 2026");

        var schedule = ScheduleParser.CombineSubRows([("a", common), ("b", Cell("Cả năm 2026"))]);

        Assert.Equal(common, schedule);
    }

    [Fact]
    public void CombineSubRows_of_no_rows_is_blank()
    {
        Assert.Equal(ScheduleKind.None, ScheduleParser.CombineSubRows([]).Kind);
    }
}
