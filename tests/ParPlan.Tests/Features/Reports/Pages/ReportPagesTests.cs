using System.Net;
using System.Text.RegularExpressions;
using ParPlan.Features.Demo;
using ParPlan.Features.Reports.Pages;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Plans;

namespace ParPlan.Tests.Features.Reports.Pages;

/// <summary>The report pages over HTTP on the demo province: a commune's units start their reports under the commune
/// regime from the calendar (numbers prefilled), edits a section and submits; the province's standing officer finds it in the review queue, returns it
/// with a reason, and accepts it once resubmitted; the leader reads it all without a form.</summary>
public sealed partial class ReportPagesTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private async Task<(HttpClient Client, string ReportUrl)> StartAsync(string userName, string unitCode, string period, string? governmentCode = null)
    {
        var client = await demo.App.LoginAsync(userName, DemoUsers.Password);
        var unit = await demo.UnitAsync(unitCode);
        var government = await demo.UnitAsync(governmentCode ?? unitCode);
        var start = $"{ReportCalendarPage.Path}?cq={government}&lap={unit}&ky={period}";
        var started = await PlanPageForms.PostAsync(client, start, "start", ("Start.UnitId", unit.ToString()), ("Start.Period", period), ("Start.Regime", "xa-d3"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return (client, PlanPageForms.Local(started));
    }

    private static string Year => DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_unit_starts_its_report_from_the_calendar_with_the_numbers_prefilled_beside_the_text_then_edits_a_section_and_submits()
    {
        var (client, url) = await StartAsync("donvi.vinhlinh.vhxh", "QT.XA.VINHLINH.VHXH", Year + "-Q1", "QT.XA.VINHLINH");
        using var _ = client;

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains("Đã lập báo cáo; số liệu đã được điền sẵn", page, StringComparison.Ordinal);
        Assert.Contains("Báo cáo Quý I/" + Year, page, StringComparison.Ordinal);
        Assert.Contains("Số liệu điền sẵn:", page, StringComparison.Ordinal);
        Assert.Contains("id=\"report-task-total\"", page, StringComparison.Ordinal);
        Assert.Contains("Tính đến ngày 11/03/" + Year, page, StringComparison.Ordinal);
        Assert.DoesNotMatch(IsoDate(), page);

        var edit = url.Split('#')[0] + "?muc=III.1";
        var saved = await PlanPageForms.PostAsync(client, edit, "section", ("Section.Code", "III.1"), ("Section.Text", "Phòng đã hoàn thành đúng hạn các nhiệm vụ trọng tâm."),
            ("Section.Version", PlanPageForms.InputValue(await client.GetStringAsync(edit), "Section.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var afterEdit = WebUtility.HtmlDecode(await client.GetStringAsync(PlanPageForms.Local(saved)));
        Assert.Contains("Đã lưu mục báo cáo.", afterEdit, StringComparison.Ordinal);
        Assert.Contains("Phòng đã hoàn thành đúng hạn các nhiệm vụ trọng tâm.", afterEdit, StringComparison.Ordinal);

        var reportPage = url.Split('#')[0];
        var submitted = await PlanPageForms.PostAsync(client, reportPage, "submit", ("Submit.Version", PlanPageForms.InputValue(afterEdit, "Submit.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var afterSubmit = WebUtility.HtmlDecode(await client.GetStringAsync(PlanPageForms.Local(submitted)));
        Assert.Contains("Đã gửi, chờ tiếp nhận", afterSubmit, StringComparison.Ordinal);
        Assert.Contains("Số liệu đã chốt lúc", afterSubmit, StringComparison.Ordinal);
        Assert.DoesNotContain("Sửa mục này", afterSubmit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commune_standing_agency_returns_a_unit_s_report_with_a_reason_the_unit_sees_it_resubmits_and_the_commune_accepts()
    {
        var (commune, url) = await StartAsync("donvi.vinhlinh.hcc", "QT.XA.VINHLINH.HCC", Year + "-H1", "QT.XA.VINHLINH");
        using var _ = commune;
        var reportPage = url.Split('#')[0];
        await PlanPageForms.PostAsync(commune, reportPage, "submit", ("Submit.Version", PlanPageForms.InputValue(await commune.GetStringAsync(reportPage), "Submit.Version")!));
        using var province = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);

        var queue = await province.GetStringAsync(ReviewQueuePage.Path);
        Assert.Contains(reportPage, queue, StringComparison.Ordinal);
        var returned = await PlanPageForms.PostAsync(province, reportPage, "return", ("Return.Version", PlanPageForms.InputValue(await province.GetStringAsync(reportPage), "Return.Version")!),
            ("Return.Reason", "Bổ sung số liệu kiểm tra CCHC"));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var seen = WebUtility.HtmlDecode(await commune.GetStringAsync(reportPage));
        Assert.Contains("Báo cáo bị trả lại: Bổ sung số liệu kiểm tra CCHC", seen, StringComparison.Ordinal);
        await PlanPageForms.PostAsync(commune, reportPage, "submit", ("Submit.Version", PlanPageForms.InputValue(seen, "Submit.Version")!));
        var accepted = await PlanPageForms.PostAsync(province, reportPage, "accept", ("Accept.Version", PlanPageForms.InputValue(await province.GetStringAsync(reportPage), "Accept.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = WebUtility.HtmlDecode(await province.GetStringAsync(reportPage));
        Assert.Contains("Đã tiếp nhận báo cáo.", after, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận: thuongtruc.vinhlinh", after, StringComparison.Ordinal);
        Assert.DoesNotContain(reportPage, await province.GetStringAsync(ReviewQueuePage.Path), StringComparison.Ordinal);

        var consolidation = WebUtility.HtmlDecode(await province.GetStringAsync($"{ConsolidationPage.Path}?ky={Year}-H1"));
        Assert.Matches(@"Trung tâm[^<]*</td><td>Đã tiếp nhận", consolidation);
    }

    [Fact]
    public async Task A_commune_submits_once_its_agencies_are_accepted_and_the_province_leader_reads_it_without_any_form_and_the_writer_has_no_accept_and_a_posted_accept_changes_nothing()
    {
        var (commune, url) = await StartAsync("thuongtruc.vinhlinh", "QT.XA.VINHLINH", Year + "-9M");
        using var _ = commune;
        var reportPage = url.Split('#')[0];
        var version = PlanPageForms.InputValue(await commune.GetStringAsync(reportPage), "Submit.Version")!;
        await PlanPageForms.PostAsync(commune, reportPage, "submit", ("Submit.Version", version));
        using var leader = await demo.App.LoginAsync("lanhdao.tinh", DemoUsers.Password);
        using var officer = await demo.App.LoginAsync("donvi.vinhlinh.vhxh", DemoUsers.Password);

        var read = WebUtility.HtmlDecode(await leader.GetStringAsync(reportPage));
        var calendar = WebUtility.HtmlDecode(await leader.GetStringAsync(ReportCalendarPage.Path));
        var refused = await PlanPageForms.PostAsync(commune, reportPage, "accept", ("Accept.Version", (long.Parse(version, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("Đã gửi, chờ tiếp nhận", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit.Version", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept.Version", read, StringComparison.Ordinal);
        Assert.Contains("Lịch báo cáo", calendar, StringComparison.Ordinal);
        var consolidation = WebUtility.HtmlDecode(await leader.GetStringAsync($"{ConsolidationPage.Path}?ky={Year}-Q3"));
        Assert.Matches(@"xã Vĩnh Linh[^<]*(</a>)?</td><td>Đã gửi, chờ tiếp nhận", consolidation);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.DoesNotContain("Accept.Version", await commune.GetStringAsync(reportPage), StringComparison.Ordinal);
        Assert.Contains("Đã gửi, chờ tiếp nhận", WebUtility.HtmlDecode(await commune.GetStringAsync(reportPage)), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync(ReviewQueuePage.Path)).StatusCode);
    }

    [GeneratedRegex(@">[^<]*\b\d{4}-\d{2}-\d{2}\b[^<]*<")]
    private static partial Regex IsoDate();
}
