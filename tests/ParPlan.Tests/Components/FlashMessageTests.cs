using System.Net;
using System.Text.RegularExpressions;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Components;

public sealed partial class FlashMessageTests
{
    [Fact]
    public async Task A_saved_form_redirects_without_its_message_in_the_address_and_the_next_page_shows_it_once()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var form = await officer.GetStringAsync($"/nhiem-vu/{s.TaskA}");
        var version = Version().Match(form).Groups[1].Value;

        var posted = await officer.PostAsync($"/nhiem-vu/{s.TaskA}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token().Match(form).Groups[1].Value), new("_handler", "progress"),
            new("Progress.Status", "in-progress"), new("Progress.Percent", "40"), new("Progress.Note", "Đã họp triển khai"),
            new("Progress.Version", version),
        ]));
        var next = await officer.GetStringAsync(posted.Headers.Location!.OriginalString);
        var reload = await officer.GetStringAsync(posted.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.DoesNotContain("?", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Đã ghi nhận tiến độ.", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ghi nhận tiến độ.", reload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_in_the_address_is_not_shown_as_a_banner()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);

        var page = await officer.GetStringAsync($"/nhiem-vu/{s.TaskA}?tb={Uri.EscapeDataString("Hãy gọi số 0900000000")}");

        Assert.DoesNotContain("Hãy gọi số", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"flash\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ke-hoach/nhap?loi=")]
    [InlineData("/chi-so/nhap?loi=")]
    public async Task An_error_in_the_address_is_not_shown_on_the_form_page(string address)
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var page = await standing.GetStringAsync(address + Uri.EscapeDataString("Phiên đã hết hạn, hãy gọi số 0900000000"));

        Assert.DoesNotContain("hãy gọi số", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_plan_upload_goes_back_to_the_form_which_says_why_once()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var form = await standing.GetStringAsync("/ke-hoach/nhap");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(form).Groups[1].Value), "__RequestVerificationToken" },
            { new ByteArrayContent([]) { Headers = { ContentType = new("text/plain") } }, "file", "rong.txt" },
        };

        var posted = await standing.PostAsync("/ke-hoach/nhap/tai-len", body);
        var back = await standing.GetStringAsync(posted.Headers.Location!.OriginalString);
        var reload = await standing.GetStringAsync(posted.Headers.Location!.OriginalString);

        Assert.Equal("/ke-hoach/nhap", posted.Headers.Location!.OriginalString);
        Assert.Contains("Chưa chọn tệp hoặc tệp rỗng.", back, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa chọn tệp hoặc tệp rỗng.", reload, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Progress.Version\" value=\"([^\"]*)\"")]
    private static partial Regex Version();
}
