using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Records;

namespace ParPlan.Tests.Features.Records;

/// <summary>An issue raised at a dialogue is tracked like a task: reminded before its due date, overdue and escalated to
/// the standing agency after it, on the injected clock, until its lead unit closes it.</summary>
public sealed class DialogueIssueTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dialogue_issue_past_its_due_date_is_overdue_and_escalated_to_the_standing_agency_until_its_lead_unit_closes_it(string provider)
    {
        await using var store = await RecordStore.CreateAsync(provider);
        var dialogue = await ResultAssert.Ok(store.WithAsync<DialogueCommands, Result<Dialogue>>(c => c.CreateAsync(store.Standing,
            new DialogueCommands.DialogueRequest(store.Org.Province, null, new DateOnly(2026, 2, 25), "Đối thoại với doanh nghiệp năm 2026", "Chủ tịch UBND tỉnh; 40 doanh nghiệp"))));
        var issue = await ResultAssert.Ok(store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.AddIssueAsync(store.Standing, dialogue.Id,
            new DialogueCommands.IssueRequest("Rút ngắn thời gian cấp giấy phép xây dựng", store.Org.NewVhxh, new DateOnly(2026, 3, 10)))));

        var onTheFirst = await RunAsync(store);
        store.Database.Time.Advance(TimeSpan.FromDays(7)); // 08/03: two days left
        var reminded = await RunAsync(store);
        store.Database.Time.Advance(TimeSpan.FromDays(3)); // 11/03: one day past
        var overdue = await RunAsync(store);
        var again = await RunAsync(store);
        var status = (await store.WithAsync<DialogueQueries, Result<DialogueQueries.Detail>>(q => q.DetailAsync(store.UnitOfficer, dialogue.Id))).Value!.Issues.Single().Status;

        Assert.Empty(onTheFirst);
        Assert.Equal([(store.Org.NewVhxh, ":3")], reminded.Select(n => (n.UnitId, n.DedupKey[n.DedupKey.LastIndexOf(':')..])));
        Assert.Equal(DialogueIssueStatusLabels.Overdue, status);
        var escalation = Assert.Single(overdue, n => n.DedupKey.EndsWith(":escalate", StringComparison.Ordinal));
        Assert.Equal(store.Org.SoNoiVu, escalation.UnitId);
        Assert.Contains("Đôn đốc", escalation.Text, StringComparison.Ordinal);
        Assert.Contains("quá hạn giải quyết từ 10/03/2026", escalation.Text, StringComparison.Ordinal);
        Assert.Single(overdue, n => n.UnitId == store.Org.NewVhxh && n.DedupKey.EndsWith(":overdue", StringComparison.Ordinal));
        Assert.Empty(again);

        // The lead unit's officer closes it a day late: it reads "Hoàn thành quá hạn" and is no longer reminded.
        var closed = await ResultAssert.Ok(store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.ReportAsync(store.UnitOfficer, dialogue.Id, issue.Id,
            new DialogueCommands.IssueReportRequest("Đã ban hành quy trình rút gọn còn 10 ngày.", true, null, issue.Version))));
        store.Database.Time.Advance(TimeSpan.FromDays(10));
        var afterClosing = await RunAsync(store);
        var closedStatus = (await store.WithAsync<DialogueQueries, Result<DialogueQueries.Detail>>(q => q.DetailAsync(store.Standing, dialogue.Id))).Value!.Issues.Single().Status;

        Assert.Equal(new DateOnly(2026, 3, 11), closed.ClosedOn);
        Assert.Equal(DialogueIssueStatusLabels.ClosedLate, closedStatus);
        Assert.Empty(afterClosing);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_lead_units_officer_or_the_standing_agency_reports_on_an_issue_and_a_leader_only_reads(string provider)
    {
        await using var store = await RecordStore.CreateAsync(provider);
        var dialogue = await ResultAssert.Ok(store.WithAsync<DialogueCommands, Result<Dialogue>>(c => c.CreateAsync(store.Standing,
            new DialogueCommands.DialogueRequest(store.Org.Province, null, new DateOnly(2026, 2, 25), "Đối thoại", "Lãnh đạo tỉnh"))));
        var ours = await ResultAssert.Ok(store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.AddIssueAsync(store.Standing, dialogue.Id,
            new DialogueCommands.IssueRequest("Vấn đề của phòng", store.Org.NewVhxh, new DateOnly(2026, 4, 1)))));
        var theirs = await ResultAssert.Ok(store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.AddIssueAsync(store.Standing, dialogue.Id,
            new DialogueCommands.IssueRequest("Vấn đề của Sở", store.Org.SoNoiVu, new DateOnly(2026, 4, 1)))));
        var report = new DialogueCommands.IssueReportRequest("Đang xử lý", false, null, null);

        var other = await store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.ReportAsync(store.UnitOfficer, dialogue.Id, theirs.Id, report));
        var leader = await store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.ReportAsync(store.Leader, dialogue.Id, ours.Id, report));
        var stranger = await store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.ReportAsync(
            RecordStore.Principal("xa.cu", ParPlan.Features.Auth.Roles.UnitOfficer, store.Org.HoXa), dialogue.Id, ours.Id, report));
        var own = await store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.ReportAsync(store.UnitOfficer, dialogue.Id, ours.Id, report));
        var addByUnit = await store.WithAsync<DialogueCommands, Result<DialogueIssue>>(c => c.AddIssueAsync(store.UnitOfficer, dialogue.Id,
            new DialogueCommands.IssueRequest("Thêm", store.Org.NewVhxh, new DateOnly(2026, 4, 1))));

        Assert.Equal(("forbidden", "forbidden", "not-found"), (other.Error?.Code, leader.Error?.Code, stranger.Error?.Code));
        Assert.True(own.IsSuccess, own.Error?.Message);
        Assert.Equal("forbidden", addByUnit.Error?.Code);
    }

    private static async Task<List<Notification>> RunAsync(RecordStore store) =>
        await store.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var before = await db.Set<Notification>().Select(n => n.Id).ToListAsync();
            await sp.GetRequiredService<ReminderRunner>().RunOnceAsync();
            return await db.Set<Notification>().AsNoTracking().Where(n => !before.Contains(n.Id) && n.DedupKey.StartsWith("dialogue:")).ToListAsync();
        });
}
