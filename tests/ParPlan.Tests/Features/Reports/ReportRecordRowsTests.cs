using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ParPlan.Core.Labels;
using ParPlan.Core.Reports;
using ParPlan.Features.Records;
using ParPlan.Features.Reports;
using static ParPlan.Tests.Features.Reports.ReportRecordsWorld;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A Quý III report (window 15/06–14/09/2026) reads the records of its window into its annex and opening
/// sentences, freezes them at submission, and prints them, on both providers through the real services.</summary>
public sealed class ReportRecordRowsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_provinces_q3_report_carries_the_records_of_its_window_only_in_its_annex_and_sentences(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        database.Time.SetUtcNow(At(9, 20));
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        await ProvinceAsync(w);

        var (view, docx, xlsx) = await database.InScopeAsync(async sp =>
        {
            var id = (await ResultAssert.Ok(sp.GetRequiredService<ReportCommands>().StartAsync(w.Standing, new StartReportRequest(w.Province, Q3)))).Id;
            var documents = sp.GetRequiredService<ReportDocuments>();
            return (await ResultAssert.Ok(sp.GetRequiredService<ReportQueries>().GetAsync(w.Standing, id)),
                (await ResultAssert.Ok(documents.DocumentAsync(w.Standing, id, "docx"))).Content,
                (await ResultAssert.Ok(documents.DocumentAsync(w.Standing, id, "xlsx"))).Content);
        });

        var annex = Values(view.Annex);
        Assert.Equal((4m, 3m, 3m, 2m, 2m), (annex["procedures.feedback"], annex["feedback.within"], annex["feedback.handled"], annex["feedback.on-time"], annex["feedback.unsatisfied"]));
        Assert.Equal((66.67m, 33.33m), (annex["feedback.on-time-rate"], annex["feedback.satisfaction-rate"]));
        Assert.Equal((2m, 1m), (annex["late.dossiers"], annex["late.apologised"]));
        Assert.Equal((1m, 2m, 1m, 1m, 1m), (annex["dialogue.held"], annex["dialogue.issues"], annex["dialogue.closed"], annex["dialogue.open"], annex["dialogue.overdue"]));
        Assert.Equal((1m, 1m), (annex["initiative.proposed"], annex["initiative.recognised"]));
        Assert.Equal((1m, 1m), (annex["commitment.signed"], annex["commitment.reported"]));
        Assert.Equal((2m, 1m, 1m), (annex["par.proposed"], annex["par.accepted"], annex["par.done"]));
        Assert.Equal((2m, 1m), (annex["survey.sectors"], annex["survey.below-floor"]));
        Assert.All(view.Annex.Where(r => RecordAnnexRows.Definitions.Any(d => d.Code == r.Code)), r => Assert.True(r.Computed, r.Code));

        var sections = view.Sections.ToDictionary(s => s.Code, s => s.Text);
        Assert.Contains("tỷ lệ xử lý đúng hạn, trước hạn 66,67%; tỷ lệ hài lòng với việc xử lý phản ánh, kiến nghị 33,33%", sections["II.2"]);
        Assert.Contains("Trong kỳ có 2 hồ sơ trễ hạn, 1 hồ sơ đã có giải trình và văn bản xin lỗi (50%)", sections["II.2"]);
        Assert.Contains("1 lĩnh vực dưới mức tối thiểu: Đất đai (0%, mức tối thiểu 85%)", sections["I.4"]);
        Assert.Equal("Trong kỳ có 1 sáng kiến cải cách hành chính được đề xuất; 1 sáng kiến được công nhận.", sections["I.5"]);
        Assert.Contains("Đến ngày 14/09/2026, có 2 đề xuất khắc phục", sections["I.6"]);
        Assert.Contains("theo dõi 2 vấn đề nêu tại đối thoại: đã giải quyết xong 1 vấn đề, còn 1 vấn đề chưa giải quyết xong, trong đó 1 vấn đề quá hạn", sections["I.1"]);

        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(["phản ánh, kiến nghị", "4", RecordAnnexRows.Note], WordRow(word, "Số phản ánh, kiến nghị tiếp nhận trong kỳ").Skip(2));
        Assert.Equal("66,67", WordRow(word, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn, trước hạn")[3]);
        Assert.Equal("1", WordRow(word, "Số đề xuất khắc phục đã đưa vào kế hoạch thành nhiệm vụ")[3]);
        using var sheet = new MemoryStream(xlsx);
        var rows = sheet.Query(useHeaderRow: true, sheetName: "Phụ lục II").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(1d, Cell(rows, "Trong đó: số vấn đề quá hạn giải quyết"));
        Assert.Equal(33.33d, Cell(rows, "Tỷ lệ hài lòng với việc xử lý phản ánh, kiến nghị"));
        Assert.Equal(1d, Cell(rows, "Số lĩnh vực có chỉ số hài lòng dưới mức tối thiểu"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_record_rows_freeze_at_submission_and_a_record_added_afterwards_changes_only_live_reports(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        database.Time.SetUtcNow(At(9, 20));
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        await ProvinceAsync(w);
        var id = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, Q3)))).Id;
            await ResultAssert.Ok(commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Agency, "Sở báo cáo chung với tỉnh")));
            var state = await ResultAssert.Ok(commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Communes[0], "Xã mới sáp nhập")));
            await ResultAssert.Ok(commands.SubmitAsync(w.Standing, id, new ReportActionRequest(state.Version)));
            return id;
        });

        await AddAsync(w, Feedback(w.Province, w.Agency, D(8, 20), D(8, 30), D(8, 25), FeedbackSatisfactionLabels.Satisfied),
            new Initiative { GovernmentId = w.Province, UnitId = w.Agency, Title = "Thêm sau khi gửi", ProposedOn = D(8, 1), UpdatedBy = "test", UpdatedAt = At(9, 20) });
        var (frozen, agency) = await w.InScopeAsync(async (queries, commands) =>
        {
            var mine = (await ResultAssert.Ok(commands.StartAsync(w.OfficerOf(w.Agency), new StartReportRequest(w.Agency, Q3)))).Id;
            return (await ResultAssert.Ok(queries.GetAsync(w.Standing, id)), await ResultAssert.Ok(queries.GetAsync(w.OfficerOf(w.Agency), mine)));
        });

        var before = Values(frozen.Annex);
        Assert.Equal("submitted", frozen.Status);
        Assert.Equal((4m, 66.67m, 1m), (before["procedures.feedback"], before["feedback.on-time-rate"], before["initiative.proposed"]));
        var live = Values(agency.Annex);
        Assert.Equal((5m, 75m, 2m), (live["procedures.feedback"], live["feedback.on-time-rate"], live["initiative.proposed"]));
        Assert.Equal((1m, 1m, 0m), (live["dialogue.issues"], live["dialogue.closed"], live["dialogue.open"]));
        Assert.Equal(0m, live["par.proposed"]);
        Assert.DoesNotContain("dialogue.held", live.Keys);
        Assert.DoesNotContain("survey.below-floor", live.Keys);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_province_consolidation_sums_its_communes_frozen_record_rows_and_recomputes_the_feedback_rates(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        database.Time.SetUtcNow(At(9, 20));
        var w = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 1);
        var (a, b) = (w.Communes[0], w.Communes[1]);
        await AddAsync(w,
            Feedback(a, a, D(7, 1), D(7, 10), D(7, 5)), Feedback(a, a, D(7, 2), D(7, 10), D(7, 6)),
            Feedback(b, b, D(7, 1), D(7, 10), D(7, 25)), Feedback(b, b, D(7, 2), D(7, 10), null));
        foreach (var commune in w.Communes)
        {
            await AcceptedQ3Async(w, commune);
        }

        await AddAsync(w, Feedback(a, a, D(8, 1), D(8, 10), D(8, 2)));
        var sums = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, Q3)))).Id;
            return (await ResultAssert.Ok(queries.GetAsync(w.Standing, id))).Consolidated!.Typed!;
        });

        var sum = Values(sums);
        Assert.Equal((4m, 4m, 3m, 2m, 2m), (sum["procedures.feedback"], sum["feedback.within"], sum["feedback.handled"], sum["feedback.on-time"], sum["feedback.unsatisfied"]));
        Assert.Equal(50m, sum["feedback.on-time-rate"]);
        Assert.Equal(50m, sum["feedback.satisfaction-rate"]);
        Assert.Equal("Tính lại từ số liệu tổng hợp của 2 đơn vị", sums.Single(r => r.Code == "feedback.on-time-rate").Note);
    }

    /// <summary>A commune's third-quarter report, written under the commune regime as "9 tháng đầu năm" (window
    /// 15/12/2025–11/09/2026), which the province's Quý III consolidates.</summary>
    private static Task AcceptedQ3Async(ReportWorld w, Guid commune) => w.InScopeAsync(async (queries, commands) =>
    {
        var id = (await ResultAssert.Ok(commands.StartAsync(w.OfficerOf(commune), new StartReportRequest(commune, "2026-9M")))).Id;
        var submitted = await ResultAssert.Ok(commands.SubmitAsync(w.OfficerOf(commune), id, new ReportActionRequest(1)));
        await ResultAssert.Ok(commands.AcceptAsync(w.Standing, id, new ReportActionRequest(submitted.Version)));
        return id;
    });

    private static Dictionary<string, decimal> Values(IEnumerable<TypedAnnexRow> rows) =>
        rows.Where(r => r.Value is not null).ToDictionary(r => r.Code, r => r.Value!.Value);

    private static double Cell(List<IDictionary<string, object>> rows, string label) =>
        Convert.ToDouble(rows.Single(r => Equals(r["Nội dung"], label))["Số liệu"], System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> WordRow(WordprocessingDocument word, string label) =>
        word.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Single(cells => cells.Count > 1 && cells[1] == label);
}
