using ParPlan.Core.Labels;
using ParPlan.Core.Records;
using ParPlan.Core.Spreadsheets;

namespace ParPlan.Features.Records;

/// <summary>Each record list as an XLSX sheet through the one writer (<see cref="XlsxWriter"/>): what the list is and the
/// export date as title lines, Vietnamese column names, dates as dates, every code as its Vietnamese label.</summary>
public static class RecordWorkbooks
{
    public static byte[] Dialogues(string scope, IReadOnlyList<DialogueQueries.Row> dialogues, IReadOnlyList<DialogueQueries.IssueRow> issues, DateOnly today)
    {
        var first = new XlsxSheet("Đối thoại", Title("Các cuộc đối thoại với người dân, doanh nghiệp", scope, today),
            [new("Ngày", 12), new("Cuộc đối thoại", 50), new("Thành phần tham dự", 50), new("Thông báo kết luận", 16), new("Số vấn đề", 10),
             new("Đang theo dõi", 12), new("Quá hạn", 10), new("Đã giải quyết", 12)],
            dialogues.Select(d => (IReadOnlyList<object?>)[d.HeldOn, d.Title, d.Participants, d.HasNotice ? "Đã có" : "Chưa có", d.Issues, d.Open, d.Overdue, d.Closed]).ToList());
        var second = new XlsxSheet("Vấn đề theo dõi", Title("Vấn đề nêu tại đối thoại đang theo dõi", scope, today),
            [new("Cuộc đối thoại", 40), new("Vấn đề", 60), new("Đơn vị chủ trì", 30), new("Hạn giải quyết", 12), new("Trạng thái", 18), new("Báo cáo gần nhất", 60)],
            issues.Select(i => (IReadOnlyList<object?>)[i.DialogueTitle, i.Text, i.LeadUnitName, i.DueOn, DialogueIssueStatusLabels.Label(i.Status), i.Report]).ToList());
        return XlsxWriter.Write([first, second]);
    }

    public static byte[] Commitments(string scope, IReadOnlyList<CommitmentQueries.Row> rows, DateOnly today) =>
        XlsxWriter.Write([new XlsxSheet("Cam kết", Title("Các bản cam kết thực hiện CCHC", scope, today),
            [new("Năm", 8), new("Cặp bên ký", 40), new("Người ký", 36), new("Người nhận cam kết", 30), new("Đơn vị báo cáo", 30), new("Ngày ký", 12),
             new("Số văn bản", 16), new("Số nội dung", 10), new("Đã báo cáo", 10), new("Hoàn thành", 10)],
            rows.Select(c => (IReadOnlyList<object?>)[c.Year, SignatoryPairLabels.Label(c.Pair), c.Signatory, c.Counterpart, c.SignatoryUnitName, c.SignedOn,
                c.DocumentNumber, c.Obligations, c.Reported, c.Done]).ToList())]);

    public static byte[] Initiatives(string scope, IReadOnlyList<InitiativeQueries.Row> rows, DateOnly today) =>
        XlsxWriter.Write([new XlsxSheet("Sáng kiến", Title("Sổ theo dõi sáng kiến cải cách hành chính", scope, today),
            [new("Tên sáng kiến", 50), new("Đơn vị đề xuất", 30), new("Tác giả", 30), new("Ngày đề xuất", 12), new("Giai đoạn", 24), new("Cấp công nhận", 22),
             new("Số quyết định", 16), new("Ngày quyết định", 14), new("Nơi nhân rộng, áp dụng", 40)],
            rows.Select(i => (IReadOnlyList<object?>)[i.Title, i.UnitName, i.Authors, i.ProposedOn, InitiativeStageLabels.Label(i.Stage),
                i.Level is null ? null : RecognitionLevelLabels.Label(i.Level), i.DecisionNumber, i.DecisionDate, i.AppliedWhere]).ToList())]);

    public static byte[] Feedback(string scope, FeedbackRates rates, IReadOnlyList<FeedbackQueries.Row> rows, DateOnly today)
    {
        var title = Title("Sổ theo dõi phản ánh, kiến nghị", scope, today).Append(
            $"Tỷ lệ xử lý đúng hạn: {Percent(rates.OnTimeRate)}; tỷ lệ hài lòng về xử lý: {Percent(rates.SatisfactionRate)} (Quyết định 766/QĐ-TTg)").ToList();
        return XlsxWriter.Write([new XlsxSheet("Phản ánh, kiến nghị", title,
            [new("Số", 14), new("Ngày tiếp nhận", 12), new("Kênh", 24), new("Địa chỉ tiếp nhận", 30), new("Nội dung", 50), new("Đơn vị xử lý", 30),
             new("Hạn xử lý", 12), new("Thuộc thẩm quyền", 12), new("Kết quả xử lý", 50), new("Ngày xử lý xong", 14), new("Đã công khai kết quả", 12),
             new("Mức hài lòng", 16), new("Quá hạn", 10)],
            rows.Select(f => (IReadOnlyList<object?>)[f.Number, f.ReceivedOn, FeedbackChannelLabels.Label(f.Channel), f.IntakeAddress, f.Content, f.HandlerUnitName,
                f.DueOn, f.WithinCompetence ? "Có" : "Không", f.Outcome, f.ResolvedOn, f.OutcomePublished ? "Có" : "Chưa",
                FeedbackSatisfactionLabels.Label(f.Satisfaction), f.Overdue ? "Quá hạn" : "Không"]).ToList())]);
    }

    public static string Percent(decimal? rate) =>
        rate is { } r ? r.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "%" : "chưa có phản ánh";

    private static string[] Title(string what, string scope, DateOnly today) => [what, scope, $"Ngày xuất: {DateText.Format(today)}"];
}
