using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Tests.Plans;
using Xunit.Abstractions;

namespace ParPlan.Core.Tests.Documents.Decree30;

/// <summary>A plan written as a Decree 30 DOCX and read back by ParPlan's own importer gives the same tasks.</summary>
public class PlanDocxRoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new() { "002_82c4b63d1339515c", "003_32a0243e7cf70bca" };

    /// <summary>D0's task 1.2 is a data row whose cells hold three header words ("… tổ chức thực hiện", "nhiệm vụ",
    /// "kết quả"); the importer keeps it as data because its first cell is a row number under a known header.</summary>
    [Fact]
    public void The_district_plan_exported_as_docx_imports_back_to_the_same_tasks() =>
        A_plan_exported_as_docx_imports_back_to_the_same_tasks_at_least_as_well_as_the_text_import("000_c84c89f6dfc790e7");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_plan_exported_as_docx_imports_back_to_the_same_tasks_at_least_as_well_as_the_text_import(string seed)
    {
        var gold = Decree30Samples.Gold(seed);

        var fromDocx = PlanParser.Parse(DocumentReader.Read(Decree30Samples.PlanDocx(gold), "plan.docx"));
        var fromText = PlanParser.Parse(DocumentReader.ReadFile(Path.Combine(RepoPaths.Seeds, seed + ".txt")));

        var docxScore = GoldScore.Compare(gold, fromDocx);
        var textScore = GoldScore.Compare(gold, fromText);
        output.WriteLine($"{seed} docx: {docxScore.Summary}");
        output.WriteLine($"{seed} text: {textScore.Summary}");
        var differences = gold.Tasks.Zip(fromDocx.Tasks).Where(p => !Same(p.First, p.Second))
            .Select(p => $"{p.First.Ref}/{p.Second.Ref}: '{p.Second.Title}' [{string.Join("; ", p.Second.Lead)}] [{string.Join("; ", p.Second.Support)}] {GoldScore.ScheduleKey(p.Second.Schedule)}"
                         + $" — expected '{p.First.Title}' [{string.Join("; ", p.First.Lead)}] [{string.Join("; ", p.First.Support)}] {GoldScore.ScheduleKey(p.First.Schedule)}")
            .ToList();
        differences.ForEach(output.WriteLine);

        Assert.Equal(gold.Tasks.Count, fromDocx.Tasks.Count);
        Assert.Empty(differences);
        Assert.Empty(docxScore.AreaCountMismatches);
        Assert.True(docxScore.TaskShare >= textScore.TaskShare, $"docx {docxScore.Summary}; text {textScore.Summary}");
        Assert.Equal(gold.Areas.Select(a => a.Code), fromDocx.Areas.Select(a => a.Code));
    }

    private static bool Same(PlanTask e, PlanTask a) =>
        e.Ref == a.Ref && GoldScore.Fold(e.Title) == GoldScore.Fold(a.Title) && GoldScore.Key(e.Lead) == GoldScore.Key(a.Lead)
        && GoldScore.Key(e.Support) == GoldScore.Key(a.Support) && GoldScore.ScheduleKey(e.Schedule) == GoldScore.ScheduleKey(a.Schedule);
}
