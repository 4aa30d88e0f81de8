using System.Net;
using System.Text.RegularExpressions;
using ParPlan.Features.Demo;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Plans.Pages;

/// <summary>The import review of seed 002 (xã Vĩnh Linh, 2026) as the commune's standing officer sees and edits it.</summary>
public sealed partial class ImportReviewPageTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private Task<HttpClient> StandingAsync() => demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);

    [Fact]
    public async Task Warnings_areas_and_targets_read_in_Vietnamese_without_codes_or_ISO_dates()
    {
        using var client = await StandingAsync();
        var review = await client.GetStringAsync(await PlanPageForms.UploadAsync(client));

        Assert.Contains("id=\"import-warnings\"", review, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 7.1: hạn 31/12/2025 trước thời gian của kế hoạch", review, StringComparison.Ordinal);
        var text = Text(review);
        Assert.DoesNotMatch(IsoDate(), text);
        foreach (var english in new[] { "task ", "header:", "deadline", "falls before", "numbering gap", "direction", "civil-service", "digital-government" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }

        Assert.Contains("Công tác chỉ đạo, điều hành", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_box_opens_filled_with_the_task_s_current_cells_and_saving_returns_to_its_row()
    {
        using var client = await StandingAsync();
        var reviewUrl = await PlanPageForms.UploadAsync(client);
        var first = await client.GetStringAsync(reviewUrl);
        var title = WebUtility.HtmlDecode(Regex.Match(first, "<tr id=\"t-1.1\"[^>]*>\\s*<td>1.1</td>\\s*<td>([^<]+?) <a").Groups[1].Value).Trim();
        Assert.NotEmpty(title);

        var editing = await client.GetStringAsync(reviewUrl + "?sua=1.1");
        Assert.Equal(title, PlanPageForms.InputValue(editing, "Fix.Title"));
        Assert.Contains("15/01/2026", PlanPageForms.InputValue(editing, "Fix.Schedule") ?? "", StringComparison.Ordinal);

        var saved = await PlanPageForms.PostAsync(client, reviewUrl + "?sua=1.1", "fix", ("Fix.Ref", "1.1"), ("Fix.Title", title + " (đã sửa)"),
            ("Fix.Schedule", PlanPageForms.InputValue(editing, "Fix.Schedule")!));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(reviewUrl + "#t-1.1", PlanPageForms.Local(saved));
        var after = await client.GetStringAsync(reviewUrl);
        Assert.Contains(title + " (đã sửa)", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        Assert.Contains("Đã sửa nhiệm vụ 1.1.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_names_left_unmatched_are_set_aside_in_one_step_and_confirming_lands_on_the_issue_step()
    {
        using var client = await StandingAsync();
        var reviewUrl = await PlanPageForms.UploadAsync(client);
        var before = await client.GetStringAsync(reviewUrl);
        if (Regex.Count(before, "pp-unmatched") > 1)
        {
            var ignored = await PlanPageForms.PostAsync(client, reviewUrl, "ignore-rest");
            Assert.Equal(reviewUrl + "#unit-names", PlanPageForms.Local(ignored));
        }

        Assert.DoesNotContain("pp-unmatched", await client.GetStringAsync(reviewUrl), StringComparison.Ordinal);
        var confirmed = await PlanPageForms.PostAsync(client, reviewUrl, "confirm");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Matches(IssueStep(), PlanPageForms.Local(confirmed));
        Assert.DoesNotContain("?tb=", PlanPageForms.Local(confirmed), StringComparison.Ordinal);
    }

    private static string Text(string html) => Regex.Replace(Regex.Replace(html, "<script.*?</script>|<style.*?</style>", "", RegexOptions.Singleline), "<[^>]+>", " ");

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^/ke-hoach/[0-9a-f-]{36}/ban-hanh$")]
    private static partial Regex IssueStep();
}
