using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Labels;
using ParPlan.Core.Records;
using ParPlan.Core.Spreadsheets;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Records;

/// <summary>A government's annual feedback report (D2 2.6): its figures over the feedback received in the year
/// (<see cref="FeedbackReportData"/>), the Decree 30 DOCX through the one writer (<see cref="FeedbackReportDocx"/>) and
/// the overdue feedback as XLSX (<see cref="XlsxWriter"/>). It covers the whole government's log, so it is for those who
/// read the government (its standing officers and leaders, the province over its communes, the administrator); a unit
/// officer, who reads only the feedback naming their unit, and anyone outside the government are told it is not found.</summary>
public sealed class FeedbackReports(AppDbContext db, IUnitScope scope, RecordLookups lookups)
{
    public const string NotFound = "Không tìm thấy chính quyền trong phạm vi của bạn; báo cáo năm về phản ánh, kiến nghị dành cho cơ quan thường trực CCHC và lãnh đạo của chính quyền.";

    public sealed record File(byte[] Bytes, string ContentType, string FileName);

    /// <summary>Whether the user may download the report of <paramref name="governmentId"/> (the feedback page's link).</summary>
    public Task<bool> MayReadAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default) =>
        scope.AllowsAsync(user, ScopeAction.Read, governmentId, ct: ct);

    public async Task<Result<FeedbackReportData>> DataAsync(ClaimsPrincipal user, Guid? governmentId, int? year, CancellationToken ct = default)
    {
        if (governmentId is not { } gov) return Error.Invalid("Thêm governmentId là mã định danh của UBND cần lập báo cáo (xem /api/units).") with { Title = "Thiếu tham số governmentId" };
        if (year is not (>= 2000 and <= 2100)) return Error.Invalid("Thêm year là năm báo cáo, từ 2000 đến 2100, ví dụ year=2025.") with { Title = "Năm báo cáo không hợp lệ" };
        var name = await db.Units.AsNoTracking().Where(u => u.Id == gov).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (name is null || !await MayReadAsync(user, gov, ct)) return Error.NotFound(NotFound);
        var (first, last) = (new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31));
        var entries = await db.Set<FeedbackEntry>().AsNoTracking().Where(f => f.GovernmentId == gov && f.ReceivedOn >= first && f.ReceivedOn <= last)
            .OrderBy(f => f.ReceivedOn).ToListAsync(ct);
        var names = await lookups.NamesAsync(entries.Select(f => f.HandlerUnitId).Distinct(), ct);
        var items = entries.OrderBy(f => f.ReceivedOn).ThenBy(f => f.Number, StringComparer.Ordinal).Select(f => new FeedbackReportItem(f.Number, f.Channel,
            f.ReceivedOn, f.Content, names.GetValueOrDefault(f.HandlerUnitId, ""), f.DueOn, f.WithinCompetence, f.ResolvedOn, f.OutcomePublished, f.Satisfaction)).ToList();
        return new FeedbackReportData(name, year.Value, last < lookups.Today ? last : lookups.Today, items);
    }

    /// <summary>The report as a draft Decree 30 DOCX (no number, no day yet), signed on behalf of the people's committee.</summary>
    public static File Docx(FeedbackReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = new OfficialHeader(null, GovernmentNames.IssuingBody(data.GovernmentName), FeedbackReportDocx.Code, GovernmentNames.Place(data.GovernmentName),
            null, null, data.Year);
        var bytes = FeedbackReportDocx.Write(data, header, Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""));
        return new File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-phan-anh-kien-nghi-{data.Year}.docx");
    }

    /// <summary>The overdue feedback of the report as XLSX, with the year's figures in the title lines.</summary>
    public static File Xlsx(FeedbackReportData data, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        var title = new[]
        {
            $"Phản ánh, kiến nghị quá hạn năm {data.Year} – {data.GovernmentName}",
            $"Tiếp nhận {Core.Text.NumberText.Count(data.Received)}; thuộc thẩm quyền {Core.Text.NumberText.Count(data.WithinCompetence)}; đã xử lý {Core.Text.NumberText.Count(data.Handled)}, "
                + $"đúng hạn {Core.Text.NumberText.Count(data.OnTime)}; quá hạn {Core.Text.NumberText.Count(data.Overdue)}; đang xử lý {Core.Text.NumberText.Count(data.Pending)}",
            $"Tỷ lệ xử lý đúng hạn: {RecordWorkbooks.Percent(data.Rates.OnTimeRate)}; tỷ lệ hài lòng về xử lý: {RecordWorkbooks.Percent(data.Rates.SatisfactionRate)} (Quyết định 766/QĐ-TTg)",
            $"Ngày xuất: {DateText.Format(today)}",
        };
        var sheet = new XlsxSheet("Quá hạn", title,
            [new("Số", 14), new("Ngày tiếp nhận", 12), new("Kênh", 24), new("Nội dung", 50), new("Đơn vị xử lý", 30), new("Hạn xử lý", 12), new("Ngày xử lý xong", 14),
             new("Tình trạng", 16)],
            data.OverdueItems.Select(i => (IReadOnlyList<object?>)[i.Number, i.ReceivedOn, FeedbackChannelLabels.Label(i.Channel), i.Content, i.HandlerUnit, i.DueOn,
                i.ResolvedOn, i.ResolvedOn is null ? "Đang xử lý, quá hạn" : "Xử lý xong, quá hạn"]).ToList());
        return new File(XlsxWriter.Write([sheet]), XlsxWriter.ContentType, $"phan-anh-kien-nghi-qua-han-{data.Year}.xlsx");
    }
}
