using System.Text;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

public class PlanParserBehaviourTests
{
    private static PlanDocument Parse(string text, int? year = null) =>
        PlanParser.Parse(TextDocumentReader.FromText(text), new PlanParseOptions { Year = year });

    [Fact]
    public void Header_block_gives_issuer_level_number_date_period_and_standing_agency()
    {
        var plan = Parse(SyntheticPlans.Plan());

        Assert.Equal(DocumentKind.Plan, plan.Header.Kind);
        Assert.Equal("Kế hoạch Cải cách hành chính xã An Bình năm 2025", plan.Header.Title);
        Assert.Equal("UBND xã An Bình", plan.Header.Issuer);
        Assert.Equal(GovernmentLevel.Commune, plan.Header.Level);
        Assert.Equal("12/KH-UBND", plan.Header.Number);
        Assert.Equal(new DateOnly(2025, 1, 10), plan.Header.IssuedOn);
        Assert.Equal(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), plan.Header.Period);
        Assert.Equal("Văn phòng UBND xã", plan.Header.StandingAgency);
    }

    [Fact]
    public void Inline_table_rows_become_tasks_with_lead_support_and_schedule()
    {
        var plan = Parse(SyntheticPlans.Plan());

        Assert.Equal(["1.1", "1.2", "2.1", "2.3"], plan.Tasks.Select(t => t.Ref));
        var first = plan.Tasks[0];
        Assert.Equal(AreaCode.Direction, first.Area);
        Assert.Equal("Xây dựng kế hoạch cải cách hành chính năm 2025", first.Title);
        Assert.Equal(["Văn phòng UBND xã"], first.Lead);
        Assert.Equal(["Các công chức liên quan"], first.Support);
        Assert.Equal(ScheduleKind.Period, first.Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 3, 31), first.Schedule.Due);
        Assert.Equal(new DateOnly(2025, 11, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
    }

    [Fact]
    public void Numbering_gap_is_a_warning_and_the_printed_number_is_kept()
    {
        var plan = Parse(SyntheticPlans.Plan());

        Assert.Contains("task 2.3: numbering gap (1, 3)", plan.Warnings);
        Assert.Contains(plan.Tasks, t => t.Ref == "2.3");
    }

    [Fact]
    public void Stated_total_is_read_and_checked_against_the_rows()
    {
        var plan = Parse(SyntheticPlans.Plan(SyntheticPlans.DefaultTable + "\nTổng cộng: 5 nhiệm vụ./.\n- Một dòng sau tổng không phải nhiệm vụ 3 Hàng năm"));

        Assert.Equal(5, plan.StatedTaskTotal);
        Assert.Equal(4, plan.Tasks.Count);
        Assert.Contains(plan.Warnings, w => w.Contains("stated total 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_heading_counts_are_checked()
    {
        var table = SyntheticPlans.DefaultTable.Replace("I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "Nội dung 1. Công tác chỉ đạo, điều hành (03 nhiệm vụ)", StringComparison.Ordinal);

        var plan = Parse(SyntheticPlans.Plan(table));

        Assert.Equal(3, plan.Areas[0].StatedTaskCount);
        Assert.Equal("Nội dung 1. Công tác chỉ đạo, điều hành (03 nhiệm vụ)", plan.Areas[0].Heading);
        Assert.Contains(plan.Warnings, w => w.StartsWith("group 1: heading states 3 tasks, but 2 found", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_plan_number_and_day_are_null_with_a_warning()
    {
        var text = SyntheticPlans.Plan().Replace("Số: 12/KH-UBND    An Bình, ngày 10 tháng 01 năm 2025", "Số:      /KH-UBND    An Bình, ngày      tháng 01 năm 2025", StringComparison.Ordinal);

        var plan = Parse(text);

        Assert.Null(plan.Header.Number);
        Assert.Null(plan.Header.IssuedOn);
        Assert.Contains(plan.Warnings, w => w.StartsWith("header: plan number and issue day are blank", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_headers_page_numbers_and_column_index_rows_are_dropped()
    {
        var header = "STT Nội dung thực hiện Công chức thực hiện Công chức phối hợp Thời gian hoàn thành";
        var table = SyntheticPlans.DefaultTable
            .Replace("2 Kiểm tra công tác", "7\n" + header + "\n2 Kiểm tra công tác", StringComparison.Ordinal)
            .Replace("II CẢI CÁCH THỂ CHẾ", "9\nII CẢI CÁCH THỂ CHẾ", StringComparison.Ordinal);

        var plan = Parse(SyntheticPlans.Plan("1 2 3 4 5\n" + table));

        Assert.Equal(["1.1", "1.2", "2.1", "2.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Các công chức liên quan"], plan.Tasks[0].Support);
        Assert.Equal("Kiểm tra công tác cải cách hành chính", plan.Tasks[1].Title);
    }

    [Fact]
    public void Decomposed_marks_crlf_nbsp_and_signature_timestamps_do_not_change_the_tasks()
    {
        var clean = Parse(SyntheticPlans.Plan());
        var noisy = SyntheticPlans.Plan().Normalize(NormalizationForm.FormD).Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("Các công chức", "Các\u00A0công chức", StringComparison.Ordinal) + "\r\n\t2025-01-10T14:43:00+0700\r\n";

        var plan = Parse(noisy);

        Assert.Equal(clean.Tasks.Select(t => (t.Ref, t.Title, string.Join("|", t.Lead), t.Schedule.Kind)), plan.Tasks.Select(t => (t.Ref, t.Title, string.Join("|", t.Lead), t.Schedule.Kind)));
    }

    [Fact]
    public void Lettered_sub_groups_add_their_letter_to_the_ref()
    {
        var table = SyntheticPlans.DefaultTable + "\nVII XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ\nA. CHÍNH QUYỀN ĐIỆN TỬ\n1 Vận hành phần mềm quản lý văn bản\nCông chức Văn phòng - Thống kê\nCác công chức liên quan\nNăm 2025\nB. CHUYỂN ĐỔI SỐ\n1 Triển khai nền tảng số\nCông chức Văn hóa - Xã hội\nCác công chức liên quan\nQuý IV năm 2025";

        var plan = Parse(SyntheticPlans.Plan(table));

        Assert.Contains(plan.Tasks, t => t.Ref == "7.A.1" && t.Area == AreaCode.DigitalGovernment);
        Assert.Contains(plan.Tasks, t => t.Ref == "7.B.1" && t.Schedule.Due == new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void Body_targets_are_extracted_once_with_their_values()
    {
        var plan = Parse(SyntheticPlans.Plan());

        var target = Assert.Single(plan.Targets);
        Assert.Equal(95m, target.Value);
        Assert.Equal(">=", target.Comparator);
        Assert.Equal("%", target.Unit);
    }

    [Theory]
    [InlineData("BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính năm 2024", DocumentKind.Report)]
    [InlineData("QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo cải cách hành chính xã\nĐiều 1. Kiện toàn Ban Chỉ đạo.", DocumentKind.Other)]
    [InlineData("QUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2025\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nKẾ HOẠCH\nCải cách hành chính năm 2025", DocumentKind.DecisionWithPlan)]
    [InlineData("BỘ TIÊU CHÍ\nĐánh giá kết quả cải cách hành chính các xã năm 2025", DocumentKind.Criteria)]
    public void Documents_that_are_not_plans_say_what_they_are(string text, DocumentKind kind)
    {
        var plan = Parse(text);

        Assert.Equal(kind, plan.Header.Kind);
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nCải cách hành chính 06 tháng cuối năm 2025", 2025, 7, 12)]
    [InlineData("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026-2030", 2026, 1, 12)]
    public void Plan_period_follows_the_title(string text, int year, int fromMonth, int toMonth)
    {
        var plan = Parse(text);

        Assert.Equal(new DateOnly(year, fromMonth, 1), plan.Header.Period!.From);
        Assert.Equal(toMonth, plan.Header.Period.To.Month);
    }

    [Fact]
    public void Year_option_applies_when_the_document_states_none()
    {
        var plan = Parse("KẾ HOẠCH\nCải cách hành chính của xã\nSTT Nội dung thực hiện Công chức thực hiện Công chức phối hợp Thời gian hoàn thành\nI CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\n1 Xây dựng kế hoạch\nVăn phòng UBND xã\nCác công chức liên quan\nQuý II", year: 2027);

        Assert.Equal(2027, plan.Header.Period!.From.Year);
        Assert.Equal(new DateOnly(2027, 6, 30), plan.Tasks.Single().Schedule.Due);
    }

    [Fact]
    public void An_extracted_table_numbered_without_group_rows_gives_its_tasks_in_one_group()
    {
        var plan = Parse("""
            UBND TỈNH LAM SƠN
            SỞ NỘI VỤ
            Số: 22/KH-SNV
            Lam Sơn, ngày 15 tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính năm 2026 của Sở Nội vụ
            II. NHIỆM VỤ
            STT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện
            1 Xây dựng kế hoạch CCHC của Sở Văn phòng Sở Các phòng thuộc Sở Tháng 01/2026
            2 Tự đánh giá Chỉ số CCHC Phòng Cải cách hành chính Văn phòng Sở Trước ngày 15/11/2026
            III. TỔ CHỨC THỰC HIỆN
            1. Văn phòng Sở là cơ quan thường trực.
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[0].Lead);
        Assert.Equal(["Phòng Cải cách hành chính"], plan.Tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 11, 15), plan.Tasks[1].Schedule.Due);
    }
}
