using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ParPlan.Tests.Features.ParIndex.ParScenario;

namespace ParPlan.Tests.Features.ParIndex;

/// <summary>The results decision (Quyết định công bố Chỉ số CCHC) with the published ranking as its annex.</summary>
public sealed class ParDecisionTests
{
    [Fact]
    public async Task The_results_decision_downloads_as_a_decree_30_docx_whose_annex_reads_back_as_the_ranking()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await ParRemediationTests.FinalisedAsync(s, standing);
        var setId = (await Json(await standing.GetAsync($"/api/par/assessments/{a}"))).GetProperty("criteriaSetId").GetGuid();

        using var response = await standing.GetAsync($"/api/par/results/annex?criteriaSetId={setId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH THỬ", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Số:      /QĐ-UBND", body.InnerText, StringComparison.Ordinal);
        Assert.Contains($"Công bố Chỉ số cải cách hành chính năm {s.Today.Year} – khối xã", body.InnerText, StringComparison.Ordinal);
        var rows = body.Elements<Table>().Last().Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        // 10 + 15 = 25 in field 1, 26 + 2 = 28 in field 2, survey 25: index 78 → "Khá", rank 1, not ranked last year.
        Assert.Equal(["1", "UBND xã An Bình", "25", "28", "25", "0", "78", "Khá", "1", "chưa có"], rows[1]);
    }

    [Fact]
    public async Task A_block_without_finalised_units_has_no_decision_yet()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        var setId = await s.ImportAsync(appraiser, ParSample.Json(s.Today));

        var response = await appraiser.GetAsync($"/api/par/results/annex?criteriaSetId={setId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Chưa có đơn vị nào được chốt kết quả", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
