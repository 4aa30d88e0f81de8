using System.Globalization;
using ParPlan.Core.Labels;
using ParPlan.Core.Records;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>The annual report on receiving and handling feedback (báo cáo kết quả tiếp nhận, xử lý phản ánh, kiến nghị;
/// D2 2.6) as a Decree 30 "BÁO CÁO": the intake by channel, the handling results with the two Decision 766 ratios and the
/// published outcomes, and the overdue feedback as the annex, written by <see cref="Decree30Writer"/>.</summary>
public static class FeedbackReportDocx
{
    public const string Code = "BC-UBND";

    public static readonly IReadOnlyList<string> AnnexColumns =
        ["STT", "Số", "Ngày tiếp nhận", "Nội dung", "Đơn vị xử lý", "Hạn xử lý", "Ngày xử lý xong"];

    public static OfficialDocument Document(FeedbackReportData data, OfficialHeader header, Signature signature)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(header);
        var year = data.Year.ToString(CultureInfo.InvariantCulture);
        var channels = data.ByChannel.Select(c => $"{FeedbackChannelLabels.Label(c.Channel).ToLower(Decree30Format.Vi)}: {Count(c.Count)}").ToList();
        var outside = data.Received - data.WithinCompetence;
        var sections = new List<DocumentSection>
        {
            new("I. TÌNH HÌNH TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ",
            [
                $"Trong năm {year}, {GovernmentNames.IssuingBody(data.GovernmentName)} tiếp nhận {Count(data.Received)} phản ánh, kiến nghị"
                    + (channels.Count > 0 ? ", trong đó " + string.Join("; ", channels) + "." : "."),
                $"Số phản ánh, kiến nghị thuộc thẩm quyền: {Count(data.WithinCompetence)}; không thuộc thẩm quyền, đã chuyển cơ quan có thẩm quyền: {Count(outside)}.",
            ]),
            new("II. KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ",
            [
                $"Đã xử lý xong {Count(data.Handled)} phản ánh, kiến nghị, trong đó đúng hạn và trước hạn: {Count(data.OnTime)}; "
                    + $"quá hạn: {Count(data.Overdue)} (kể cả phản ánh chưa xử lý xong đã quá hạn); đang xử lý: {Count(data.Pending)}.",
                $"Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn và trước hạn: {Percent(data.Rates.OnTimeRate)}.",
                $"Tỷ lệ hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị: {Percent(data.Rates.SatisfactionRate)} (Quyết định số 766/QĐ-TTg).",
                $"Đã công khai kết quả xử lý {Count(data.Published)}/{Count(data.Handled)} phản ánh, kiến nghị đã xử lý xong.",
            ]),
            new("III. PHẢN ÁNH, KIẾN NGHỊ QUÁ HẠN",
            [
                data.Overdue == 0 ? "Không có phản ánh, kiến nghị quá hạn."
                    : $"Có {Count(data.Overdue)} phản ánh, kiến nghị quá hạn, chi tiết tại Phụ lục kèm theo. Các đơn vị được giao xử lý khẩn trương giải quyết, trả lời và công khai kết quả.",
            ]),
        };
        var annexes = data.Overdue == 0 ? new List<Annex>() :
        [
            new Annex("Phụ lục", $"Phản ánh, kiến nghị quá hạn năm {year}", Attachment(header, data.GovernmentName), AnnexColumns, [1, 2, 2, 8, 4, 2, 3],
                data.OverdueItems.Select((i, n) => new AnnexRow([(n + 1).ToString(CultureInfo.InvariantCulture), i.Number, Date(i.ReceivedOn), i.Content,
                    i.HandlerUnit, Date(i.DueOn), i.ResolvedOn is { } r ? Date(r) : "Đang xử lý"])).ToList()),
        ];
        return new OfficialDocument(header, "BÁO CÁO", $"Kết quả tiếp nhận, xử lý phản ánh, kiến nghị năm {year}", [], [], sections, signature,
            new Recipients(["Cơ quan thường trực cải cách hành chính", "Các cơ quan, đơn vị có liên quan"], "VP"), annexes);
    }

    public static byte[] Write(FeedbackReportData data, OfficialHeader header, Signature signature) => Decree30Writer.Write(Document(data, header, signature));

    private static string Attachment(OfficialHeader header, string government) =>
        $"(Kèm theo Báo cáo số {(header.Number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : "     ")}/{header.Code} "
        + $"{(header.Date is { } d ? "ngày " + Date(d) : "ngày      ")} của {GovernmentNames.IssuingBody(government)})";

    private static string Percent(decimal? rate) => rate is { } r ? r.ToString("0.##", Decree30Format.Vi) + "%" : "chưa có phản ánh, kiến nghị thuộc thẩm quyền";

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("N0", Decree30Format.Vi);
}
