using System.Text.RegularExpressions;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

public partial class ImportWarningTextTests
{
    private static readonly string[] EnglishWords = ["task", "header", "group", "deadline", "schedule", "blank", "found", "targets", "plan", "period", "before", "after"];

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text), new PlanParseOptions());

    [Fact]
    public void Every_warning_code_has_a_Vietnamese_text()
    {
        Assert.All(ImportWarningCodes.All, code => Assert.True(ImportWarningText.Knows(code), code));
    }

    [Fact]
    public void A_blank_number_and_day_read_as_a_Vietnamese_header_warning()
    {
        var text = SyntheticPlans.Plan().Replace("Số: 12/KH-UBND    An Bình, ngày 10 tháng 01 năm 2025", "Số:      /KH-UBND    An Bình, ngày      tháng 01 năm 2025", StringComparison.Ordinal);

        var messages = ImportWarningText.Vietnamese(Parse(text).Notices);

        Assert.Contains(messages, m => m.StartsWith("Phần đầu: chưa có số và ngày ban hành kế hoạch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_before_the_plan_period_names_the_task_and_shows_the_date_as_dd_MM_yyyy()
    {
        var result = ScheduleParser.Parse("31/12/2025", new ScheduleContext(2026, new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), null));

        var message = ImportWarningText.Vietnamese(result.Notices.Single().About("7.1"));

        Assert.Equal("Nhiệm vụ 7.1: hạn 31/12/2025 trước thời gian của kế hoạch", message);
        Assert.Equal(["deadline 2025-12-31 falls before the plan period"], result.Warnings);
    }

    [Fact]
    public void The_numbering_gap_keeps_its_contract_string_and_reads_in_Vietnamese()
    {
        var plan = Parse(SyntheticPlans.Plan());

        Assert.Contains("task 2.3: numbering gap (1, 3)", plan.Warnings);
        Assert.Contains("Nhiệm vụ 2.3: số thứ tự nhảy từ 1 lên 3", ImportWarningText.Vietnamese(plan.Notices));
    }

    [Fact]
    public void No_rendered_warning_holds_an_English_word_or_an_ISO_date()
    {
        var samples = ImportWarningCodes.All.Select(code => new ImportWarning(code, ["2025-12-31", "4", "body", ">=5%", "x"], "1.2"));

        foreach (var message in samples.Select(ImportWarningText.Vietnamese))
        {
            Assert.DoesNotMatch(IsoDate(), message);
            var words = Regex.Split(message.ToLowerInvariant(), @"[^\p{L}]+");
            Assert.DoesNotContain(words, w => EnglishWords.Contains(w));
        }
    }

    [Fact]
    public void A_parsed_document_round_trips_its_warning_codes_through_the_contract_json()
    {
        var plan = Parse(SyntheticPlans.Plan());

        var again = PlanJson.Deserialize(PlanJson.Serialize(plan))!;

        Assert.Equal(plan.Warnings, again.Warnings);
        Assert.Equal(plan.Notices.Select(n => n.Code), again.Notices.Select(n => n.Code));
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
