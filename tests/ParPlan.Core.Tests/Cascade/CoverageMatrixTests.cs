using ParPlan.Core.Cascade;

namespace ParPlan.Core.Tests.Cascade;

public class CoverageMatrixTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), T1 = Guid.NewGuid(), T2 = Guid.NewGuid();

    [Fact]
    public void Cells_are_covered_not_covered_or_not_applicable_with_a_reason_and_progress_rolls_up_as_the_share_done()
    {
        var tasks = new[] { new ParentTaskReach(T1, "1.1", "direction", new HashSet<Guid> { A, B, C }), new ParentTaskReach(T2, "3.1", "procedures", new HashSet<Guid> { A }) };
        var matrix = CoverageMatrix.Build(tasks, [A, B, C],
            [new ChildLink(A, T1, Done: true), new ChildLink(B, T1, Done: false), new ChildLink(A, T2, Done: false)],
            [new CoverageWaiver(C, T1, "Xã chưa thành lập Trung tâm")]);

        Assert.Equal((CoverageState.Covered, true), (matrix.Cells[0, 0].State, matrix.Cells[0, 0].Done));
        Assert.Equal(CoverageState.NotApplicable, matrix.Cells[0, 2].State);
        Assert.Equal("Xã chưa thành lập Trung tâm", matrix.Cells[0, 2].Reason);
        Assert.Equal((CoverageState.NotApplicable, CoverageMatrix.NotAssigned), (matrix.Cells[1, 1].State, matrix.Cells[1, 1].Reason));
        Assert.Equal((2, 2, 1, 50m), matrix.ForTask(0));
        Assert.Equal((1, 1, 0, 0m), matrix.ForTask(1));
        Assert.Equal((2, 2), matrix.ForGovernment(0));
        Assert.Equal((0, 0), matrix.ForGovernment(2));
        Assert.Equal([("direction", 2, 2, 1), ("procedures", 1, 1, 0)], matrix.ByArea());
    }

    [Fact]
    public void A_task_no_government_has_a_role_in_has_no_roll_up()
    {
        var matrix = CoverageMatrix.Build([new ParentTaskReach(T1, "2.1", null, new HashSet<Guid>())], [A], [], []);

        Assert.Null(matrix.ForTask(0).Share);
        Assert.Equal(CoverageState.NotApplicable, matrix.Cells[0, 0].State);
    }
}
