using System.Net;
using System.Text.RegularExpressions;
using ParPlan.Features.Demo;
using ParPlan.Features.Reports.Pages;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Plans;

namespace ParPlan.Tests.Features.Reports.Pages;

/// <summary>The report page's annex form on the demo province: rows the system computes are shown as computed with an
/// empty input, so saving the form (as a browser posts every input) keeps them computed instead of freezing today's
/// value as if the officer had typed it.</summary>
public sealed partial class ReportAnnexPanelTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task Saving_the_annex_form_keeps_the_computed_rows_computed_and_stores_only_what_the_officer_typed()
    {
        using var client = await demo.App.LoginAsync("donvi.vinhlinh.vhxh", DemoUsers.Password);
        var unit = await demo.UnitAsync("QT.XA.VINHLINH.VHXH");
        var government = await demo.UnitAsync("QT.XA.VINHLINH");
        var period = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-Q1";
        var started = await PlanPageForms.PostAsync(client, $"{ReportCalendarPage.Path}?cq={government}&lap={unit}&ky={period}", "start",
            ("Start.UnitId", unit.ToString()), ("Start.Period", period), ("Start.Regime", "xa-d3"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var url = PlanPageForms.Local(started).Split('#')[0];
        var page = await client.GetStringAsync(url);

        var rows = CodeRegex().Matches(page).Select(m => (Index: m.Groups[1].Value, Code: m.Groups[2].Value)).ToList();
        var feedback = rows.Single(r => r.Code == "procedures.feedback");
        Assert.Equal("", PlanPageForms.InputValue(page, $"Annex.Rows[{feedback.Index}].Value"));
        Assert.Contains("Hệ thống tự tính: 0", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        // The browser posts every row's inputs as rendered, with one value typed.
        var fields = rows.SelectMany(r => new[]
        {
            ($"Annex.Rows[{r.Index}].Code", r.Code),
            ($"Annex.Rows[{r.Index}].Value", r.Code == "procedures.published" ? "3" : PlanPageForms.InputValue(page, $"Annex.Rows[{r.Index}].Value") ?? ""),
            ($"Annex.Rows[{r.Index}].Note", ""),
        }).Append(("Annex.Version", PlanPageForms.InputValue(page, "Annex.Version")!)).ToArray();
        var saved = await PlanPageForms.PostAsync(client, url, "annex", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var id = url.Split('/').Last();
        var report = await ReportApi.GetAsync(client, Guid.Parse(id));
        var annex = report.GetProperty("annex").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.True(annex["procedures.feedback"].GetProperty("computed").GetBoolean());
        Assert.Equal(0m, annex["procedures.feedback"].GetProperty("value").GetDecimal());
        Assert.False(annex["procedures.published"].GetProperty("computed").GetBoolean());
        Assert.Equal(3m, annex["procedures.published"].GetProperty("value").GetDecimal());
    }

    [GeneratedRegex("name=\"Annex\\.Rows\\[(\\d+)\\]\\.Code\" value=\"([^\"]+)\"")]
    private static partial Regex CodeRegex();
}
