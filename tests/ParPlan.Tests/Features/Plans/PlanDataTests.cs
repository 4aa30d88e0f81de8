using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Organisation;
using DocArea = ParPlan.Core.Plans.PlanArea;
using DocTask = ParPlan.Core.Plans.PlanTask;

namespace ParPlan.Tests.Features.Plans;

/// <summary>Plans on both providers: group fan-out at the plan date, remembered unit names, lifecycle, revisions, concurrency.</summary>
public sealed class PlanDataTests
{
    private static Task<TestDatabase> CreateAsync(string provider) => TestDatabase.CreateAsync(provider, s => s.AddPlanServices());

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_class_of_communes_fans_out_to_the_communes_that_exist_at_the_plan_date(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<OrgGroups>().CreateAsync(new CreateGroupRequest("G.XA", "UBND các xã, thị trấn",
            s.District, GroupRule.KindsUnderGovernment, [UnitKind.CommuneGovernment], false, ["UBND cấp xã"]))));

        var (before, after) = await database.InScopeAsync(async sp =>
        {
            var resolver = sp.GetRequiredService<UnitResolver>();
            var early = await (await resolver.ForAsync(s.District, new DateOnly(2025, 3, 1))).ResolveAsync("UBND Cấp xã");
            var late = await (await resolver.ForAsync(s.District, OrgScenario.Reform)).ResolveAsync("UBND các xã, thị trấn");
            return (early, late);
        });

        Assert.Equal(new[] { s.VinhChap, s.HoXa }.Order(), before.UnitIds.Order());
        Assert.NotNull(before.GroupId);
        Assert.Empty(after.UnitIds);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_name_mapped_in_one_review_is_applied_to_the_next_import(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var document = Document(new DateOnly(2026, 1, 1), "các cơ quan tham mưu CCHC");

        var firstPlan = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var session = new ImportSession { GovernmentId = s.NewCommune, UserName = AuditActor.SystemName, FileName = "a.txt", FileHash = "x", DocumentJson = PlanJson.Serialize(document) };
            db.PlanImportSessions.Add(session);
            await db.SaveChangesAsync();
            var importer = sp.GetRequiredService<PlanImporter>();
            await ResultAssert.Ok(importer.ChooseAsync(session.Id, "Các cơ quan tham mưu CCHC", new ImportChoice(s.NewVhxh, false)));
            return await ResultAssert.Ok(importer.ConfirmAsync(session.Id));
        });
        var secondUnits = await database.InScopeAsync(async sp =>
        {
            var units = await sp.GetRequiredService<UnitResolver>().ForAsync(s.NewCommune, new DateOnly(2026, 1, 1));
            return (await units.ResolveAsync("CÁC CƠ QUAN THAM MƯU CCHC")).UnitIds;
        });

        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var assigned = await db.TaskAssignments.Join(db.PlanTasks.Where(t => t.PlanId == firstPlan), a => a.TaskId, t => t.Id, (a, t) => a.UnitId).ToListAsync();
            Assert.Equal([s.NewVhxh], assigned);
            Assert.Equal(1, await db.UnitNameMappings.CountAsync(m => m.GovernmentId == s.NewCommune));
        });
        Assert.Equal([s.NewVhxh], secondUnits);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_issued_plan_changes_only_with_a_reason_and_each_change_is_a_revision_with_a_diff(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var planId = await DraftAsync(database, s.NewCommune);

        var (refused, revisions, status, task) = await database.InScopeAsync(async sp =>
        {
            var commands = sp.GetRequiredService<PlanCommands>();
            var db = sp.GetRequiredService<AppDbContext>();
            await ResultAssert.Ok(commands.IssueAsync(planId, "12/KH-UBND", new DateOnly(2026, 1, 15), null));
            var taskId = await db.PlanTasks.Where(t => t.PlanId == planId).Select(t => t.Id).SingleAsync();
            var edit = new TaskEdit("Xây dựng Kế hoạch CCHC năm 2026 (điều chỉnh)", "direction", "Kế hoạch", "Trước ngày 30/9/2026", null);
            var withoutReason = await commands.UpdateTaskAsync(taskId, edit, null, null);
            await ResultAssert.Ok(commands.UpdateTaskAsync(taskId, edit, null, "Theo chỉ đạo của UBND tỉnh"));
            var revs = await sp.GetRequiredService<PlanQueries>().RevisionsAsync(planId);
            var state = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Status, p.RevisionNumber }).SingleAsync();
            var t = await db.PlanTasks.AsNoTracking().SingleAsync(x => x.Id == taskId);
            return (withoutReason.Error, revs, state, t);
        });

        Assert.Equal("invalid", refused?.Code);
        Assert.Equal((PlanStatus.Revised, 1), (status.Status, status.RevisionNumber));
        Assert.Equal([1, 0], revisions.Select(r => r.Number));
        Assert.Equal("Theo chỉ đạo của UBND tỉnh", revisions[0].Reason);
        Assert.Contains(revisions[0].Diff, l => l.StartsWith("Nhiệm vụ 1.1 – thời gian: «Trước ngày 15/01/2026» → «Trước ngày 30/9/2026»", StringComparison.Ordinal));
        Assert.Contains(revisions[0].Diff, l => l.StartsWith("Nhiệm vụ 1.1 – nội dung", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 9, 30), task.DueDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_edit_is_refused_with_who_changed_the_plan(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var planId = await DraftAsync(database, s.NewCommune);
        var version = await database.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Plans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync());
        var edit = new PlanMetadataEdit("Kế hoạch CCHC xã năm 2026", null, null, "Nguyễn Văn A", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);

        var first = await database.InScopeAsync(sp => sp.GetRequiredService<PlanCommands>().UpdateMetadataAsync(planId, edit, version, null));
        var stale = await database.InScopeAsync(sp => sp.GetRequiredService<PlanCommands>().UpdateMetadataAsync(planId, edit with { Signer = "Trần Thị B" }, version, null));

        Assert.True(first.IsSuccess);
        Assert.Equal("conflict", stale.Error?.Code);
        Assert.Contains("Nguyễn Văn A", stale.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(AuditActor.SystemName, stale.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_issued_plans_close_and_a_closed_plan_refuses_changes(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var planId = await DraftAsync(database, s.NewCommune);

        await database.InScopeAsync(async sp =>
        {
            var commands = sp.GetRequiredService<PlanCommands>();
            Assert.Equal("conflict", (await commands.CloseAsync(planId, null)).Error?.Code);
            Assert.Equal("invalid", (await commands.IssueAsync(planId, " ", new DateOnly(2026, 1, 15), null)).Error?.Code);
            await ResultAssert.Ok(commands.IssueAsync(planId, "12/KH-UBND", new DateOnly(2026, 1, 15), null));
            await ResultAssert.Ok(commands.CloseAsync(planId, null));
            var edit = new PlanMetadataEdit("X", "12/KH-UBND", new DateOnly(2026, 1, 15), null, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);
            Assert.Equal("conflict", (await commands.UpdateMetadataAsync(planId, edit, null, "lý do")).Error?.Code);
        });
    }

    private static async Task<Guid> DraftAsync(TestDatabase database, Guid government) =>
        await database.InScopeAsync(async sp =>
        {
            var units = await sp.GetRequiredService<UnitResolver>().ForAsync(government, new DateOnly(2026, 1, 1));
            var plan = await PlanBuilder.AddDraftAsync(sp.GetRequiredService<AppDbContext>(), Document(new DateOnly(2026, 1, 1), "Phòng Văn hoá - Xã hội"), units,
                new DraftSource("a.txt", null, "test", DateTimeOffset.UnixEpoch), null, default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return plan.Id;
        });

    private static PlanDocument Document(DateOnly from, string lead) => new()
    {
        Header = new PlanHeader { Title = "Kế hoạch CCHC xã năm 2026", Level = GovernmentLevel.Commune, Period = new DatePeriod(from, new DateOnly(from.Year, 12, 31)) },
        Areas = [new DocArea(AreaCode.Direction, "Công tác chỉ đạo, điều hành", 1)],
        Tasks =
        [
            new DocTask
            {
                Ref = "1.1", Area = AreaCode.Direction, Title = "Xây dựng Kế hoạch CCHC năm 2026", Outputs = ["Kế hoạch"], Lead = [lead],
                Schedule = new Schedule { Text = "Trước ngày 15/01/2026", Kind = ScheduleKind.Date, Due = new DateOnly(2026, 1, 15) },
            },
        ],
    };
}
