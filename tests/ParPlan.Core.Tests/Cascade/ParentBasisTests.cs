using ParPlan.Core.Cascade;

namespace ParPlan.Core.Tests.Cascade;

public class ParentBasisTests
{
    [Fact]
    public void The_basis_of_seed_d2_is_its_thuc_hien_paragraph_and_cites_the_provinces_decision_3300()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Seeds, "002_82c4b63d1339515c.txt"));

        var basis = ParentBasis.Extract(lines);

        Assert.NotNull(basis);
        Assert.StartsWith("Thực hiện Nghị quyết số 76/NQ-CP", basis, StringComparison.Ordinal);
        Assert.EndsWith("như sau:", basis, StringComparison.Ordinal);
        string[] numbers = ["3300/QĐ-UBND", "300/QĐ-UBND", "3300/QĐ-UBND-X", "15/KH-UBND"];
        Assert.Equal(["3300/QĐ-UBND"], ParentBasis.Cited(basis, numbers, n => n));
    }

    [Fact]
    public void A_number_is_recognised_whatever_its_spacing_and_case_and_a_plan_without_basis_lines_has_none()
    {
        Assert.Single(ParentBasis.Cited("Căn cứ Kế hoạch số 239 / KH-UBND ngày 20/12/2024", ["239/kh-ubnd"], n => n));
        Assert.Null(ParentBasis.Extract(["KẾ HOẠCH", "I. MỤC TIÊU"]));
    }
}
