using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

public sealed class ScheduleDescriberTests
{
    private static string Describe(string text, int year = 2026) =>
        ScheduleDescriber.Describe(ScheduleParser.Parse(text, new ScheduleContext(year)).Schedule);

    [Fact]
    public void A_single_deadline_reads_as_a_due_date() => Assert.Equal("hạn 30/09/2026", Describe("Trước ngày 30/9/2026"));

    [Fact]
    public void An_ongoing_task_reads_as_all_year() => Assert.Equal("thường xuyên cả năm 2026", Describe("Thường xuyên"));

    [Fact]
    public void A_conditional_task_waits_for_its_event() =>
        Assert.StartsWith("chờ sự kiện: ", Describe("Sau khi UBND tỉnh ban hành Kế hoạch"), StringComparison.Ordinal);

    [Fact]
    public void A_reference_schedule_points_to_the_document() =>
        Assert.StartsWith("theo văn bản: ", Describe("Theo Kế hoạch của tỉnh"), StringComparison.Ordinal);

    [Fact]
    public void A_per_level_schedule_lists_each_level_with_its_date() =>
        Assert.Equal("theo cấp: UBND huyện 31/01/2025; UBND cấp xã 28/02/2025",
            Describe("-UBND huyện: trước ngày 31/01/2025 - UBND Cấp xã: trước ngày 28/02/2025", 2025));

    [Fact]
    public void A_multi_milestone_schedule_lists_its_milestones() =>
        Assert.StartsWith("nhiều mốc: ", Describe("Quý I, 6 tháng, Quý III và năm 2026"), StringComparison.Ordinal);

    [Fact]
    public void A_blank_cell_says_there_is_no_deadline() => Assert.Equal("không có thời hạn (ô trống)", ScheduleDescriber.Describe(Schedule.Blank));
}
