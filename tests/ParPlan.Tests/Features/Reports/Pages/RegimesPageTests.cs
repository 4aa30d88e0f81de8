using System.Net;
using ParPlan.Features.Demo;
using ParPlan.Features.Reports.Pages;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Plans;

namespace ParPlan.Tests.Features.Reports.Pages;

/// <summary>"Chế độ báo cáo": the commune's standing officer edits a period and adds an ad hoc report; the province's
/// leader reads without forms.</summary>
public sealed class RegimesPageTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task The_standing_officer_edits_a_period_s_window_and_due_date_and_sees_them_with_a_flash()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var government = await demo.UnitAsync("QT.XA.VINHLINH");
        var edit = $"{RegimesPage.Path}?cq={government}&sua=xa-d3&ky=Q1";
        var form = await client.GetStringAsync(edit);
        Assert.Equal("15/12", PlanPageForms.InputValue(form, "Period.From"));
        Assert.Equal("12/03", PlanPageForms.InputValue(form, "Period.DueGovernment"));

        var saved = await PlanPageForms.PostAsync(client, edit, "period", ("Period.Code", "xa-d3"), ("Period.Key", "Q1"), ("Period.Version", "0"),
            ("Period.Label", "Quý I/{năm}"), ("Period.From", "15/12"), ("Period.FromPreviousYear", "true"), ("Period.To", "05/03"),
            ("Period.Cumulative", "true"), ("Period.DueUnit", "8/3"), ("Period.DueGovernment", "12/03"), ("Period.DueGovernmentBefore", "true"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("?tb=", PlanPageForms.Local(saved), StringComparison.Ordinal);
        var page = await client.GetStringAsync(PlanPageForms.Local(saved));
        Assert.Contains("Đã lưu kỳ báo cáo «Quý I/", page, StringComparison.Ordinal);
        Assert.Contains("15/12/", page, StringComparison.Ordinal);
        Assert.Matches(@"– 05/03/\d{4}", page);
        Assert.Matches(@"Đơn vị gửi cơ quan thường trực: chậm nhất ngày 08/03/\d{4}", page);
        Assert.Contains("Đã chỉnh sửa", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_date_that_is_not_a_day_is_refused_on_the_page_in_vietnamese()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var government = await demo.UnitAsync("QT.XA.VINHLINH");
        var edit = $"{RegimesPage.Path}?cq={government}&sua=bnv-581&ky=Q3";

        var refused = await PlanPageForms.PostAsync(client, edit, "period", ("Period.Code", "bnv-581"), ("Period.Key", "Q3"), ("Period.Version", "0"),
            ("Period.Label", "Quý III/{năm}"), ("Period.From", "15/06"), ("Period.To", "31/06"), ("Period.DueUpper", "20/09"));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ngày kết thúc kỳ số liệu: nhập ngày/tháng có thật, ví dụ 14/03.", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ad_hoc_report_added_on_the_page_is_listed_with_its_dates()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var government = await demo.UnitAsync("QT.XA.VINHLINH");
        var url = $"{RegimesPage.Path}?cq={government}";

        var added = await PlanPageForms.PostAsync(client, url, "adhoc", ("AdHoc.Subject", "Báo cáo nhanh về chuyển đổi số"),
            ("AdHoc.From", "01/01/2026"), ("AdHoc.To", "31/05/2026"), ("AdHoc.Due", "05/06/2026"), ("AdHoc.ReceivingBody", "UBND tỉnh"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(PlanPageForms.Local(added)));
        Assert.Contains("Đã thêm báo cáo đột xuất.", page, StringComparison.Ordinal);
        Assert.Contains("Báo cáo nhanh về chuyển đổi số", page, StringComparison.Ordinal);
        Assert.Contains("01/01/2026 – 31/05/2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_province_leader_reads_the_regimes_without_any_form_and_a_unit_officer_is_not_let_in()
    {
        using var leader = await demo.App.LoginAsync("lanhdao.tinh", DemoUsers.Password);
        using var officer = await demo.App.LoginAsync("donvi.vinhlinh.vhxh", DemoUsers.Password);

        var page = WebUtility.HtmlDecode(await leader.GetStringAsync(RegimesPage.Path));
        var denied = await officer.GetAsync(RegimesPage.Path);

        Assert.Contains("Bạn chỉ được xem", page, StringComparison.Ordinal);
        Assert.Contains("Chế độ báo cáo công tác cải cách hành chính (Công văn 581/BNV-CCHC)", page, StringComparison.Ordinal);
        Assert.Contains("15/06/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Period.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("AdHoc.Subject", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sửa chế độ", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [Fact]
    public async Task The_province_s_standing_officer_sets_which_levels_a_regime_applies_to_and_a_regime_without_any_level_is_refused()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.tinh", DemoUsers.Password);
        var province = await demo.UnitAsync("QT");
        var edit = $"{RegimesPage.Path}?cq={province}&sua=xa-d3";
        var form = WebUtility.HtmlDecode(await client.GetStringAsync(edit));
        Assert.Contains("Áp dụng cho chính quyền", form, StringComparison.Ordinal);
        Assert.Contains("Chế độ này không áp dụng cho", form, StringComparison.Ordinal);
        (string, string)[] fields =
        [
            ("RegimeForm.Code", "xa-d3"), ("RegimeForm.Version", "0"), ("RegimeForm.Name", "Chế độ báo cáo CCHC của UBND xã"), ("RegimeForm.Basis", "Kế hoạch CCHC của xã"),
            ("RegimeForm.ReceivingBody", "UBND tỉnh (qua Sở Nội vụ)"), ("RegimeForm.OutlineKey", "cchc-default"), ("RegimeForm.AnnexKey", "cchc-annex-government"),
            ("RegimeForm.AgencyAnnexKey", "cchc-annex-agency"),
        ];

        var refused = await PlanPageForms.PostAsync(client, edit, "regime", fields);
        var saved = await PlanPageForms.PostAsync(client, edit, "regime", [.. fields, ("RegimeForm.LevelCommune", "true")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Chọn ít nhất một cấp chính quyền áp dụng chế độ báo cáo", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(PlanPageForms.Local(saved)));
        Assert.Contains("Đã lưu chế độ báo cáo.", page, StringComparison.Ordinal);
        Assert.Matches(@"id=""regime-xa-d3-levels""[^>]*>\s*Áp dụng cho: <strong>Cấp xã</strong>", page);
        Assert.Matches(@"id=""regime-bnv-581-levels""[^>]*>\s*Áp dụng cho: <strong>Cấp tỉnh</strong>", page);
        var commune = WebUtility.HtmlDecode(await client.GetStringAsync($"{RegimesPage.Path}?cq={await demo.UnitAsync("QT.XA.VINHTHUY")}"));
        Assert.Contains("Theo bản đã sửa của", commune, StringComparison.Ordinal);
    }
}
