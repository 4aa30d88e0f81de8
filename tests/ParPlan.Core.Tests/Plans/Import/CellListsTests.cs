using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Plans.Import;
using ParPlan.Core.Tests.Documents;
using static ParPlan.Core.Tests.Documents.WordXml;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Unit cells whose lines are Word paragraphs: the author's paragraph break between two whole unit names parts two
/// units even without a bullet or ";", while a name the author carried over to the next paragraph stays one unit.
/// </summary>
public class CellListsTests
{
    [Fact]
    public void A_paragraph_that_begins_a_unit_after_one_that_completes_a_unit_starts_a_new_item()
    {
        Assert.Equal(["Văn phòng HĐND và UBND xã", "- Công chức Tài chính – Kế toán"],
            CellLists.UnitParagraphs(["Văn phòng HĐND và UBND xã", "Công chức Tài chính – Kế toán"]));
        Assert.Equal(["Tổ dân phố số 3", "- Đoàn Thanh niên xã"], CellLists.UnitParagraphs(["Tổ dân phố số 3", "Đoàn Thanh niên xã"]));
    }

    [Theory]
    [InlineData("Văn phòng HĐND và", "UBND xã")]
    [InlineData("Trung tâm", "Phục vụ hành chính công")]
    [InlineData("Các cơ quan chuyên môn", "thuộc UBND huyện")]
    [InlineData("Phòng Kinh tế,", "Hạ tầng và Đô thị")]
    public void A_name_carried_over_to_the_next_paragraph_is_not_split(string first, string second) =>
        Assert.Equal([first, second], CellLists.UnitParagraphs([first, second]));

    [Fact]
    public void A_docx_unit_cell_of_two_whole_names_in_two_paragraphs_gives_two_units()
    {
        var docx = Docx(Opening + Table(5, HeaderRow, GroupRow("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
            Tr(Tc(P("1")), Tc(P("Rà soát quy trình tiếp nhận hồ sơ")), Tc(P("Văn phòng HĐND và UBND xã")),
                Tc(P("Văn phòng HĐND và UBND xã") + P("Công chức Tư pháp – Hộ tịch")), Tc(P("Quý II/2027"))),
            Tr(Tc(P("2")), Tc(P("Niêm yết thủ tục hành chính")), Tc(P("Văn phòng HĐND và") + P("UBND xã")),
                Tc(P("Tổ dân phố Đông") + P("Đoàn Thanh niên xã")), Tc(P("Năm 2027")))) + P("Nơi nhận:"));

        var plan = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        Assert.Equal(["Văn phòng HĐND và UBND xã", "Công chức Tư pháp – Hộ tịch"], plan.Tasks[0].Support);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[1].Lead);
        Assert.Equal(["Tổ dân phố Đông", "Đoàn Thanh niên xã"], plan.Tasks[1].Support);
    }
}
