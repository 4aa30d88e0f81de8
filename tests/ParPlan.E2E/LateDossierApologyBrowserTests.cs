using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>Issue 18's browser check for apologies: on a phone, the province's standing officer opens a late dossier of
/// the demo data from the list still lacking an explanation or apology, records both, and sees it leave the list with
/// the count one lower.</summary>
public sealed class LateDossierApologyBrowserTests(ShellFixture app) : IClassFixture<ShellFixture>
{
    [Fact]
    public async Task The_standing_officer_records_an_apology_for_a_late_dossier_and_sees_it_leave_the_list()
    {
        var page = await app.SignInAsync("thuongtruc.tinh", 390, 844);
        await page.GotoAsync(app.Url("/ho-so-tre-han"));
        var rows = page.GetByTestId("lacking").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var heading = await page.Locator("h2", new() { HasText = "Còn thiếu giải trình" }).InnerTextAsync();
        var code = await rows.First.GetAttributeAsync("data-code");

        await rows.First.GetByTestId("record").ClickAsync();
        await page.Locator("textarea[name='Form.Explanation']").FillAsync("Hồ sơ phải lấy ý kiến liên ngành nên quá hạn.");
        await page.Locator("input[name='Form.LetterNumber']").FillAsync("15/TXL-UBND");
        await page.Locator("input[name='Form.LetterDate']").FillAsync(DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("select[name='Form.Method']").SelectOptionAsync("thu-dien-tu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync($"Đã lưu giải trình và thư xin lỗi của hồ sơ {code}.");
        await Assertions.Expect(page.Locator($"tr[data-code='{code}']")).ToHaveCountAsync(0);
        var after = await page.Locator("h2", new() { HasText = "Còn thiếu giải trình" }).InnerTextAsync();
        Assert.Equal(Count(heading) - 1, Count(after));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.Context.CloseAsync();
    }

    /// <summary>The count in "… (1.234 hồ sơ)".</summary>
    private static int Count(string heading)
    {
        var inside = heading[(heading.LastIndexOf('(') + 1)..heading.LastIndexOf(" hồ sơ", StringComparison.Ordinal)];
        return int.Parse(inside.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
