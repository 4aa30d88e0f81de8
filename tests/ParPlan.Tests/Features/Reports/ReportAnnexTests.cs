using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ParPlan.Data;
using ParPlan.Features.Reports;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Reports;

/// <summary>The typed-in annex rows of a report (Phụ lục II), on both providers through the real services, read back
/// from the DOCX and the XLSX.</summary>
public sealed class ReportAnnexTests
{
    private static AnnexEditRequest Rows(long version, params (string Code, decimal? Value, string? Note)[] rows) =>
        new(rows.Select(r => new AnnexValueInput(r.Code, r.Value, r.Note)).ToList(), version);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Typed_annex_values_are_kept_with_the_report_checked_against_its_version_frozen_at_submission_and_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        var officer = w.OfficerOf(w.Communes[0]);

        var (saved, stale, unknown, negative, rate, afterSubmit, view) = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(officer, new StartReportRequest(w.Communes[0], ReportWorld.Period)))).Id;
            var saved = await ResultAssert.Ok(commands.EditAnnexAsync(officer, id, Rows(1, ("inspection.units", 3, "Kiểm tra 3/5 thôn"), ("digital.signed", 85.5m, null))));
            var stale = await commands.EditAnnexAsync(officer, id, Rows(1, ("inspection.units", 4, null)));
            var unknown = await commands.EditAnnexAsync(officer, id, Rows(saved.Version, ("khong-co", 1, null)));
            var negative = await commands.EditAnnexAsync(officer, id, Rows(saved.Version, ("inspection.units", -1, null)));
            var rate = await commands.EditAnnexAsync(officer, id, Rows(saved.Version, ("digital.signed", 120, null)));
            var submitted = await ResultAssert.Ok(commands.SubmitAsync(officer, id, new ReportActionRequest(saved.Version)));
            var afterSubmit = await commands.EditAnnexAsync(officer, id, Rows(submitted.Version, ("inspection.units", 9, null)));
            return (saved, stale, unknown, negative, rate, afterSubmit, await ResultAssert.Ok(queries.GetAsync(officer, id)));
        });

        Assert.Equal(2, saved.Version);
        Assert.Equal(409, Problems.StatusOf(stale.Error!));
        Assert.Contains("Sửa số liệu phụ lục", stale.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(400, Problems.StatusOf(unknown.Error!));
        Assert.Equal(400, Problems.StatusOf(negative.Error!));
        Assert.Contains("không được âm", negative.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(400, Problems.StatusOf(rate.Error!));
        Assert.Equal(409, Problems.StatusOf(afterSubmit.Error!));
        Assert.Equal(3, view.Annex.Single(r => r.Code == "inspection.units").Value);
        Assert.Equal("Kiểm tra 3/5 thôn", view.Annex.Single(r => r.Code == "inspection.units").Note);
        Assert.Equal(85.5m, view.Annex.Single(r => r.Code == "digital.signed").Value);
        Assert.Null(view.Annex.Single(r => r.Code == "inspection.fixed").Value);
        await database.InScopeAsync(async sp =>
        {
            var entry = await sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == "ReportInstance" && e.EntityKey.Contains(view.Id.ToString())).OrderBy(e => e.Id).Skip(1).FirstAsync();
            Assert.Contains("Sửa số liệu phụ lục", entry.After, StringComparison.Ordinal);
            Assert.Contains("inspection.units", entry.After, StringComparison.Ordinal);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_government_report_sums_its_units_typed_counts_quotes_their_words_per_section_and_prints_both(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 1);
        (decimal Units, decimal Signed, string Words)[] typed = [(3, 90, "Xã Một đã kiểm tra 3 thôn và khắc phục mọi tồn tại."), (4, 70, "Xã Hai tổ chức đối thoại với người dân.")];
        for (var c = 0; c < 2; c++)
        {
            var (commune, officer, (units, signed, words)) = (w.Communes[c], w.OfficerOf(w.Communes[c]), typed[c]);
            await w.InScopeAsync(async (_, commands) =>
            {
                var id = (await ResultAssert.Ok(commands.StartAsync(officer, new StartReportRequest(commune, ReportWorld.Period)))).Id;
                var state = await ResultAssert.Ok(commands.EditAnnexAsync(officer, id, Rows(1, ("inspection.units", units, null), ("digital.signed", signed, null))));
                state = await ResultAssert.Ok(commands.EditSectionAsync(officer, id, "III.1", new SectionEditRequest(words, state.Version)));
                state = await ResultAssert.Ok(commands.SubmitAsync(officer, id, new ReportActionRequest(state.Version)));
                return await ResultAssert.Ok(commands.AcceptAsync(w.Standing, id, new ReportActionRequest(state.Version)));
            });
        }

        var (view, docx, xlsx) = await database.InScopeAsync(async sp =>
        {
            var commands = sp.GetRequiredService<ReportCommands>();
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, ReportWorld.Period)))).Id;
            await ResultAssert.Ok(commands.EditAnnexAsync(w.Standing, id, Rows(1, ("procedures.published", 40, null))));
            var documents = sp.GetRequiredService<ReportDocuments>();
            return (await ResultAssert.Ok(sp.GetRequiredService<ReportQueries>().GetAsync(w.Standing, id)),
                (await ResultAssert.Ok(documents.DocumentAsync(w.Standing, id, "docx"))).Content,
                (await ResultAssert.Ok(documents.DocumentAsync(w.Standing, id, "xlsx"))).Content);
        });

        // Besides the typed counts, the sums hold the rows the communes' reports computed from their records (all 0 here).
        var sum = Assert.Single(view.Consolidated!.Typed!, r => !r.Computed);
        Assert.Equal(("inspection.units", 7m), (sum.Code, sum.Value!.Value));
        Assert.All(view.Consolidated.Typed!.Where(r => r.Computed), r => Assert.Equal(0m, r.Value));
        var quotes = view.Consolidated.Excerpts!["III.1"];
        Assert.Equal(["UBND xã Thử 001", "UBND xã Thử 002"], quotes.Select(q => q.UnitName));
        Assert.Equal(typed[0].Words, quotes[0].Text);

        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var quoted = paragraphs.IndexOf($"- UBND xã Thử 001: “{typed[0].Words}”");
        Assert.True(quoted > 0, "the first commune's words are quoted");
        Assert.Equal("Báo cáo của các đơn vị:", paragraphs[quoted - 1]);
        Assert.Equal($"- UBND xã Thử 002: “{typed[1].Words}”", paragraphs[quoted + 1]);
        Assert.Contains("Phụ lục I", paragraphs);
        Assert.Contains("Phụ lục II", paragraphs);
        var cells = Row(word, "Số cơ quan, đơn vị được kiểm tra cải cách hành chính");
        Assert.Equal(["7", "Tổng hợp từ 2 đơn vị"], cells.Skip(3));
        Assert.Equal("40", Row(word, "Số thủ tục hành chính được công bố, công khai")[3]);
        Assert.Equal("", Row(word, "Tỷ lệ văn bản gửi, nhận dưới dạng điện tử có ký số")[3]);

        using var sheet = new MemoryStream(xlsx);
        Assert.Equal(["Phụ lục I", "Phụ lục II"], sheet.GetSheetNames());
        var rows = sheet.Query(useHeaderRow: true, sheetName: "Phụ lục II").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(7d, Convert.ToDouble(rows.Single(r => Equals(r["Nội dung"], "Số cơ quan, đơn vị được kiểm tra cải cách hành chính"))["Số liệu"],
            System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> Row(WordprocessingDocument word, string label) =>
        word.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Single(c => c.Count > 1 && c[1] == label);
}
