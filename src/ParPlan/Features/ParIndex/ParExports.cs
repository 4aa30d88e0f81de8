using System.Security.Claims;
using ParPlan.Core.Labels;
using ParPlan.Core.ParIndex;
using ParPlan.Core.Spreadsheets;

namespace ParPlan.Features.ParIndex;

/// <summary>Downloads: a criteria set as XLSX in the published layout (or the contract's JSON), and a block's ranking as
/// XLSX (Hạng | Đơn vị | điểm … | Chỉ số | Xếp loại).</summary>
public sealed class ParExports(ParSetCommands sets, ParResults results, ParAssessmentQueries queries, ParDocumentHeaders headers, TimeProvider time)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The unit's self-assessment report as a Decree 30 DOCX (draft: no number yet), for whoever may read the assessment.</summary>
    public async Task<Result<(byte[] Bytes, string ContentType, string FileName)>> ReportAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var view = await queries.GetAsync(user, id, ct);
        if (!view.IsSuccess) return view.Error!;
        var v = view.Value!;
        if (await sets.FindAsync(user, v.CriteriaSetId, ct) is not { } found) return ParSetCommands.NotFound();
        var header = await headers.ReportAsync(v.UnitId, ct);
        var lines = v.Items.Select(i => new SelfAssessmentLine(i.Code, i.SelfScore, i.Applicable, i.Explanation, [.. i.Evidence.Select(e => e.Title)])).ToList();
        var bytes = SelfAssessmentDocx.Write(found.Set, header.Header, lines, header.Signature, header.Recipients);
        return (bytes, DocxType, $"bao-cao-tu-danh-gia-chi-so-cchc-{found.Stored.Year}.docx");
    }

    /// <summary>The results decision of a block (Quyết định công bố Chỉ số CCHC) as a Decree 30 DOCX draft, its annex the
    /// published ranking with each field's points.</summary>
    public async Task<Result<(byte[] Bytes, string ContentType, string FileName)>> DecisionAsync(ClaimsPrincipal user, Guid criteriaSetId, CancellationToken ct = default)
    {
        if (await sets.FindAsync(user, criteriaSetId, ct) is not { } found) return ParSetCommands.NotFound();
        var ranking = await results.RankingAsync(user, criteriaSetId, ct);
        if (!ranking.IsSuccess) return ranking.Error!;
        if (ranking.Value!.Count == 0) return Error.Invalid("Chưa có đơn vị nào được chốt kết quả theo bộ tiêu chí này; chưa lập được quyết định công bố.");
        var points = await results.FieldPointsAsync([.. ranking.Value.Select(r => r.AssessmentId)], ct);
        var rows = ranking.Value.Select(r => new ResultsDecisionRow(r.UnitName,
            [.. found.Set.Fields.Select(f => points.GetValueOrDefault(r.AssessmentId)?.GetValueOrDefault(f.Code) ?? 0)], r.SurveyPoints, r.Bonus - r.Penalty,
            r.Index, r.Band, r.Rank, r.PreviousIndex)).ToList();
        var decision = await headers.DecisionAsync(found.Stored.GovernmentId, found.Set.Issuer, ct);
        var bytes = ResultsDecisionDocx.Write(found.Set, decision.Header, decision.GovernmentName, rows, decision.Signature, decision.Recipients);
        return (bytes, DocxType, $"quyet-dinh-cong-bo-chi-so-cchc-{found.Stored.Year}-{found.Stored.Block}.docx");
    }

    public async Task<Result<(byte[] Bytes, string ContentType, string FileName)>> SetAsync(ClaimsPrincipal user, Guid id, string? format, CancellationToken ct = default)
    {
        if (await sets.FindAsync(user, id, ct) is not { } found) return ParSetCommands.NotFound();
        var name = $"bo-tieu-chi-{found.Stored.Year}-{found.Stored.Block}-v{found.Stored.SetVersion}";
        return format == "json"
            ? (System.Text.Encoding.UTF8.GetBytes(CriteriaJson.Write(found.Set)), "application/json", name + ".json")
            : (CriteriaXlsx.Write(found.Set), XlsxWriter.ContentType, name + ".xlsx");
    }

    public async Task<Result<(byte[] Bytes, string ContentType, string FileName)>> RankingAsync(ClaimsPrincipal user, Guid criteriaSetId, CancellationToken ct = default)
    {
        if (await sets.FindAsync(user, criteriaSetId, ct) is not { } found) return ParSetCommands.NotFound();
        var ranking = await results.RankingAsync(user, criteriaSetId, ct);
        if (!ranking.IsSuccess) return ranking.Error!;
        XlsxColumn[] columns =
        [
            new("Hạng", 8), new("Đơn vị", 40), new("Điểm tự chấm", 14), new("Điểm thẩm định", 14), new("Điểm điều tra XHH", 14),
            new("Điểm thưởng", 12), new("Điểm trừ", 12), new("Chỉ số (%)", 12), new("Xếp loại", 14), new("Chỉ số năm trước (%)", 16),
        ];
        var rows = ranking.Value!.Select(r => (IReadOnlyList<object?>)[r.Rank, r.UnitName, r.SelfTotal, r.AppraisedTotal, r.SurveyPoints, r.Bonus, r.Penalty, r.Index, r.Band, r.PreviousIndex]).ToList();
        var title = new[]
        {
            $"KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {found.Stored.Year} – {ParBlockLabels.Label(found.Stored.Block).ToUpperInvariant()}",
            $"(Theo {found.Stored.Name}, phiên bản {found.Stored.SetVersion}; xuất ngày {DateText.Format(VietnamTime.Today(time))})",
        };
        var bytes = XlsxWriter.Write([new XlsxSheet("Xếp hạng", title, columns, rows)]);
        return (bytes, XlsxWriter.ContentType, $"xep-hang-chi-so-cchc-{found.Stored.Year}-{found.Stored.Block}.xlsx");
    }
}
