using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using static ParPlan.Core.Tests.Documents.WordXml;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>Group rows of a real table numbered in Arabic figures, in sentence case, with task numbers restarting under each.</summary>
public class GridTableReaderTests
{
    private static string Task(string n, string title, string lead) =>
        Tr(Tc(P(n)), Tc(P(title)), Tc(P(lead)), Tc(P("Các tổ dân phố")), Tc(P("Năm 2027")));

    [Fact]
    public void Full_width_rows_numbered_1_2_group_the_tasks_numbered_from_1_under_each()
    {
        var docx = Docx(Opening + Table(5, HeaderRow,
            GroupRow("1. Công tác chỉ đạo, điều hành"), Task("1", "Ban hành kế hoạch", "Phòng Văn hóa - Xã hội"), Task("2", "Kiểm tra", "Văn phòng HĐND và UBND phường"),
            GroupRow("2. Cải cách thủ tục hành chính"), Task("1", "Niêm yết thủ tục", "Trung tâm Phục vụ hành chính công phường")) + P("Nơi nhận:"));

        var plan = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Trung tâm Phục vụ hành chính công phường"], plan.Tasks[2].Lead);
        Assert.DoesNotContain(plan.Warnings, w => w.Contains("duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_a_roman_group_a_full_width_arabic_row_does_not_start_a_group()
    {
        var docx = Docx(Opening + Table(5, HeaderRow,
            GroupRow("I. CẢI CÁCH THỂ CHẾ"), GroupRow("1. Xây dựng văn bản"), Task("1", "Ban hành kế hoạch", "Phòng Văn hóa - Xã hội"),
            GroupRow("2. Rà soát văn bản"), Task("2", "Rà soát", "Văn phòng HĐND và UBND phường")) + P("Nơi nhận:"));

        var plan = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
    }
}
