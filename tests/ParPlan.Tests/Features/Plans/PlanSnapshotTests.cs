using ParPlan.Features.Plans;

namespace ParPlan.Tests.Features.Plans;

/// <summary>The differences between two revisions' snapshots, for the units assigned to the tasks.</summary>
public sealed class PlanSnapshotTests
{
    private static readonly Guid Economy = Guid.NewGuid();
    private static readonly Guid Culture = Guid.NewGuid();

    /// <summary>A snapshot as written before assignments were recorded: the tasks have no "assignments" member.</summary>
    private const string OldFormat = """
        {
          "title": "Kế hoạch CCHC năm 2026", "number": "5/KH-UBND", "issuedOn": "2026-01-05", "signer": null,
          "periodFrom": "2026-01-01", "periodTo": "2026-12-31", "parentPlanReference": null,
          "tasks": [
            { "ref": "2.3", "area": "direction", "title": "Rà soát thủ tục hành chính", "schedule": "Quý II/2026", "outputs": "Báo cáo",
              "lead": "Phòng Kinh tế", "support": "Các cơ quan có liên quan", "funding": null }
          ]
        }
        """;

    private static PlanSnapshot Snapshot(params AssignmentSnapshot[] assignments) => PlanSnapshot.FromJson(OldFormat)! with
    {
        Tasks = [PlanSnapshot.FromJson(OldFormat)!.Tasks[0] with { Assignments = AssignmentSnapshot.Sorted(assignments) }],
    };

    private static AssignmentSnapshot Lead(Guid unit, string name) => new(unit, name, AssignmentRole.Lead);

    private static AssignmentSnapshot Support(Guid unit, string name) => new(unit, name, AssignmentRole.Support);

    [Fact]
    public void An_old_snapshot_without_assignments_compared_with_a_new_one_gives_no_assignment_lines()
    {
        var old = PlanSnapshot.FromJson(OldFormat)!;
        var now = Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh"), Support(Culture, "Phòng Văn hoá – Xã hội"));

        var diff = now.DiffFrom(old);

        Assert.Null(old.Tasks[0].Assignments);
        Assert.Empty(diff);
    }

    [Fact]
    public void A_snapshot_with_assignments_round_trips_through_json_and_an_added_unit_is_listed_with_its_role()
    {
        var before = PlanSnapshot.FromJson(Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh")).ToJson())!;
        var after = PlanSnapshot.FromJson(Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh"), Support(Culture, "Phòng Văn hoá – Xã hội")).ToJson())!;

        var diff = after.DiffFrom(before);

        Assert.Equal(["Nhiệm vụ 2.3 – thêm đơn vị phối hợp: Phòng Văn hoá – Xã hội"], diff);
    }

    [Fact]
    public void A_task_that_had_no_units_lists_every_added_unit_because_none_is_not_unrecorded()
    {
        var diff = Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh")).DiffFrom(Snapshot());

        Assert.Equal(["Nhiệm vụ 2.3 – thêm đơn vị chủ trì: Phòng Kinh tế xã Vĩnh Linh"], diff);
    }

    [Fact]
    public void A_removed_unit_and_a_unit_switching_from_support_to_lead_are_listed()
    {
        var before = Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh"), Support(Culture, "Phòng Văn hoá – Xã hội"));
        var removed = Snapshot(Support(Culture, "Phòng Văn hoá – Xã hội"));
        var switched = Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh"), Lead(Culture, "Phòng Văn hoá – Xã hội"));

        Assert.Equal(["Nhiệm vụ 2.3 – bỏ đơn vị chủ trì: Phòng Kinh tế xã Vĩnh Linh"], removed.DiffFrom(before));
        Assert.Equal(["Nhiệm vụ 2.3 – đổi vai trò Phòng Văn hoá – Xã hội từ phối hợp thành chủ trì"], switched.DiffFrom(before));
    }

    [Fact]
    public void The_same_units_in_another_order_give_no_lines()
    {
        var before = Snapshot(Support(Culture, "Phòng Văn hoá – Xã hội"), Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh"));
        var after = Snapshot(Lead(Economy, "Phòng Kinh tế xã Vĩnh Linh"), Support(Culture, "Phòng Văn hoá – Xã hội"));

        Assert.Empty(after.DiffFrom(before));
        Assert.Equal(after.Tasks[0].Assignments, before.Tasks[0].Assignments);
    }
}
