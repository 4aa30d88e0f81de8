using System.Text;
using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>Issue 18's browser check for surveys, on the demo data: the province's standing officer creates a campaign,
/// uploads a CSV of responses, keeps the suggested column mapping, imports, and sees the results against the targets
/// (land below its 85% floor reads "Chưa đạt") with the dossier ratings beside, then the year's indicator board showing
/// land as a missed target; the leader reads them on a phone.</summary>
public sealed class SurveyImportBrowserTests(ShellFixture app) : IClassFixture<ShellFixture>
{
    [Fact]
    public async Task The_standing_officer_imports_a_survey_file_and_sees_the_results_against_the_targets()
    {
        var page = await app.SignInAsync("thuongtruc.tinh", 1280);
        await page.GotoAsync(app.Url("/khao-sat"));
        await page.GetByTestId("survey-create").ClickAsync();
        await page.GetByTestId("create-title").FillAsync("Khảo sát bổ sung tại Trung tâm PVHCC");
        await page.GetByTestId("create-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã tạo đợt khảo sát");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Khảo sát bổ sung tại Trung tâm PVHCC");

        // 20 land responses all "3" (0% satisfied), 20 health responses all "Rất hài lòng".
        var csv = new StringBuilder("Lĩnh vực;Đơn vị;Câu 1;Câu 2;Câu 3;Câu 4;Câu 5\n");
        for (var i = 0; i < 20; i++) csv.Append("Đất đai;QT.XA.VINHLINH;3;3;3;3;3\n");
        for (var i = 0; i < 20; i++) csv.Append("Y tế;;Rất hài lòng;Rất hài lòng;5;5;5\n");
        await page.GetByTestId("survey-import").ClickAsync();
        await page.GetByTestId("survey-file").SetInputFilesAsync(new FilePayload
        {
            Name = "phieu-khao-sat.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()),
        });
        await page.GetByTestId("survey-upload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("file-head")).ToContainTextAsync("Lĩnh vực");
        await Assertions.Expect(page.GetByTestId("map-sector")).ToHaveValueAsync("0");
        await Assertions.Expect(page.GetByTestId("map-q.5")).ToHaveValueAsync("6");
        await page.GetByTestId("map-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã nhập 40 phiếu khảo sát");
        await Assertions.Expect(page.GetByTestId("responses")).ToHaveTextAsync("40");
        await Assertions.Expect(page.GetByTestId("overall-index")).ToHaveTextAsync("50 %");
        await Assertions.Expect(page.Locator("tr[data-sector='Đất đai']")).ToContainTextAsync("Chưa đạt");
        await Assertions.Expect(page.Locator("tr[data-sector='Đất đai']")).ToContainTextAsync("85 %");
        await Assertions.Expect(page.Locator("tr[data-sector='Y tế']")).ToContainTextAsync("Đạt");
        await Assertions.Expect(page.GetByTestId("dossier-ratings")).ToContainTextAsync("nguồn riêng");
        var results = new Uri(page.Url).AbsolutePath;

        // The year's indicator board shows land below its floor as a missed target, counted and listed with the others.
        await page.GetByTestId("survey-board").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='sector-floors'] tr[data-sector='Đất đai']")).ToContainTextAsync("Không đạt");
        await Assertions.Expect(page.Locator("[data-testid='sector-floors'] tr[data-sector='Đất đai']")).ToContainTextAsync("≥ 85 %");
        await Assertions.Expect(page.Locator("[data-testid='sector-floors'] tr[data-sector='Y tế']")).ToContainTextAsync("Đạt");
        await Assertions.Expect(page.GetByTestId("target-tally")).ToContainTextAsync("không đạt");
        await page.GetByTestId("missed-targets").Locator("summary").ClickAsync();
        await Assertions.Expect(page.GetByTestId("missed-targets")).ToContainTextAsync("Mức độ hài lòng lĩnh vực Đất đai (mức sàn)");
        await page.Context.CloseAsync();

        var leader = await app.SignInAsync("lanhdao.tinh", 390, 844);
        await leader.GotoAsync(app.Url(results));
        await Assertions.Expect(leader.Locator("tr[data-sector='Đất đai']")).ToContainTextAsync("Chưa đạt");
        await Assertions.Expect(leader.GetByTestId("survey-import")).ToHaveCountAsync(0);
        Assert.False(await leader.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await leader.Context.CloseAsync();
    }
}
