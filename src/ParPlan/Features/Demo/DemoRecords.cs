using System.Security.Claims;
using ParPlan.Core.Labels;
using ParPlan.Features.Auth;
using ParPlan.Features.Records;

namespace ParPlan.Features.Demo;

/// <summary>The demo's records (docs/records.md), entered through the records' own commands so they pass the same checks:
/// for the province and for xã Vĩnh Linh, a dialogue with issues (one overdue, one open, one closed), a commitment with
/// its obligations (one reported), initiatives at each stage (one recognised this year) and a feedback log.</summary>
public sealed class DemoRecords(DialogueCommands dialogues, CommitmentCommands commitments, InitiativeCommands initiatives, FeedbackCommands feedback,
    TimeProvider time)
{
    private static readonly ClaimsPrincipal Demo = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "demo"), new Claim(ClaimTypes.Name, "demo"), new Claim(ClaimTypes.Role, Roles.Admin)], "demo"));

    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var (province, commune) = (units["QT"], units["QT.XA.VINHLINH"]);
        var (vhxh, hcc) = (units["QT.XA.VINHLINH.VHXH"], units["QT.XA.VINHLINH.HCC"]);

        var d = Ok(await dialogues.CreateAsync(Demo, new DialogueCommands.DialogueRequest(commune, null, today.AddDays(-40),
            $"Hội nghị đối thoại giữa lãnh đạo UBND xã Vĩnh Linh với người dân, doanh nghiệp năm {today.Year}",
            "Chủ tịch, các Phó Chủ tịch UBND xã; đại diện 35 hộ kinh doanh, 12 doanh nghiệp, hợp tác xã"), ct));
        var late = Ok(await dialogues.AddIssueAsync(Demo, d.Id, new DialogueCommands.IssueRequest(
            "Rút ngắn thời gian chứng thực bản sao tại bộ phận một cửa", hcc, today.AddDays(-5)), ct));
        Ok(await dialogues.AddIssueAsync(Demo, d.Id, new DialogueCommands.IssueRequest(
            "Công khai lịch tiếp công dân của lãnh đạo xã trên trang thông tin điện tử", vhxh, today.AddDays(12)), ct));
        var done = Ok(await dialogues.AddIssueAsync(Demo, d.Id, new DialogueCommands.IssueRequest(
            "Bố trí thêm máy tra cứu thủ tục hành chính", hcc, today.AddDays(-10)), ct));
        Ok(await dialogues.ReportAsync(Demo, d.Id, done.Id, new DialogueCommands.IssueReportRequest(
            "Đã lắp đặt 01 máy tra cứu tại Trung tâm Phục vụ hành chính công xã.", true, today.AddDays(-12), null), ct));
        Ok(await dialogues.ReportAsync(Demo, d.Id, late.Id, new DialogueCommands.IssueReportRequest(
            "Đang rà soát quy trình, dự kiến rút ngắn còn 1 ngày làm việc.", false, null, null), ct));
        var p = Ok(await dialogues.CreateAsync(Demo, new DialogueCommands.DialogueRequest(province, null, today.AddDays(-30),
            $"Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp, hợp tác xã năm {today.Year}", "Chủ tịch UBND tỉnh; Hiệp hội doanh nghiệp tỉnh"), ct));
        Ok(await dialogues.AddIssueAsync(Demo, p.Id, new DialogueCommands.IssueRequest(
            "Hướng dẫn nộp hồ sơ đất đai trực tuyến toàn trình", vhxh, today.AddDays(20)), ct));

        Ok(await commitments.CreateAsync(Demo, new CommitmentCommands.CommitmentRequest(province, today.Year, SignatoryPairLabels.CommuneWithProvince,
            "Chủ tịch UBND xã Vĩnh Linh", "Chủ tịch UBND tỉnh", commune, Min(new DateOnly(today.Year, 1, 15), today), "01/CK-UBND",
            ["Hoàn thành 100% nhiệm vụ CCHC được giao đúng hạn", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên", "Không để xảy ra hồ sơ trễ hạn không xin lỗi"]), ct));
        Ok(await commitments.CreateAsync(Demo, new CommitmentCommands.CommitmentRequest(commune, today.Year, SignatoryPairLabels.SteeringMemberWithChair,
            "Trưởng Phòng Văn hoá – Xã hội", "Chủ tịch UBND xã Vĩnh Linh", vhxh, Min(new DateOnly(today.Year, 1, 20), today), null,
            ["Tham mưu kế hoạch CCHC và báo cáo định kỳ đúng hạn", "Tổ chức khảo sát sự hài lòng của người dân"]), ct));

        var first = Ok(await initiatives.ProposeAsync(Demo, new InitiativeCommands.ProposalRequest(hcc, "Trả kết quả thủ tục hành chính tại nhà cho người cao tuổi",
            "Phối hợp bưu điện trả kết quả miễn phí cho người từ 75 tuổi.", "Nguyễn Thị Hoa", today.AddDays(-60)), ct));
        first = Ok(await initiatives.MoveAsync(Demo, first.Id, new InitiativeCommands.StageRequest(InitiativeStageLabels.Evaluating, "Hội đồng sáng kiến xã đánh giá đạt.",
            null, null, null, null, null), ct));
        Ok(await initiatives.MoveAsync(Demo, first.Id, new InitiativeCommands.StageRequest(InitiativeStageLabels.Recognised, null, RecognitionLevelLabels.Commune,
            "45/QĐ-UBND", today.AddDays(-20), null, first.Version), ct));
        Ok(await initiatives.ProposeAsync(Demo, new InitiativeCommands.ProposalRequest(vhxh, "Sổ tay điện tử hướng dẫn thủ tục hành chính bằng mã QR",
            null, "Lê Văn Minh", today.AddDays(-15)), ct));

        var feedbackLog = new (int Received, int Due, int? Resolved, string Channel, string Content, Guid Handler, string? Satisfaction)[]
        {
            (-60, -45, -50, FeedbackChannelLabels.Hotline, "Phản ánh chậm cấp giấy chứng nhận quyền sử dụng đất", hcc, FeedbackSatisfactionLabels.Satisfied),
            (-50, -35, -30, FeedbackChannelLabels.Portal, "Kiến nghị bổ sung hướng dẫn nộp hồ sơ trực tuyến", vhxh, FeedbackSatisfactionLabels.Unsatisfied),
            (-40, -25, -26, FeedbackChannelLabels.InPerson, "Phản ánh thái độ phục vụ tại bộ phận một cửa", hcc, FeedbackSatisfactionLabels.VerySatisfied),
            (-30, -15, null, FeedbackChannelLabels.Email, "Kiến nghị sửa chữa đường dân sinh thôn 3", vhxh, null),
            (-10, 5, null, FeedbackChannelLabels.App, "Phản ánh đèn chiếu sáng công cộng bị hỏng", hcc, null),
        };
        var n = 0;
        foreach (var f in feedbackLog)
        {
            var entry = Ok(await feedback.LogAsync(Demo, new FeedbackCommands.FeedbackRequest(commune, $"PA-{today.Year}-{++n:000}", f.Channel,
                "Bộ phận một cửa UBND xã Vĩnh Linh, đường dây nóng 0233.3826.xxx, vinhlinh@quangtri.gov.vn", today.AddDays(f.Received), f.Content, f.Handler,
                today.AddDays(f.Due), true), ct));
            if (f.Resolved is { } r)
            {
                Ok(await feedback.OutcomeAsync(Demo, entry.Id, new FeedbackCommands.OutcomeRequest("Đã trả lời bằng văn bản cho người phản ánh.", today.AddDays(r), true,
                    f.Satisfaction, null), ct));
            }
        }

    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"Demo records: {result.Error!.Message}");
}
