using ParPlan.Core.Records;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class RecordSentencesTests
{
    private static readonly DataWindow Q3 = new(new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), false);

    private static readonly RecordFigures Records = new(
        Feedback: new FeedbackRates(1_200, 1_150, 75, 10, 3),
        Apologies: new ApologyCompliance(3, 2),
        Dialogues: new DialogueFigures(1, 4, 1, 3, 2),
        Initiatives: new InitiativeFigures(2, 1),
        Commitments: new CommitmentFigures(4, 1),
        Remediation: new RemediationFigures(4, 2, 1),
        Survey: new SurveyFigures(1, 2, [new SectorShortfall("Đất đai", 80.5m, 85m)]));

    private static string Text(string code) =>
        ReportSentences.Prefill(ReportOutline.Default, ReportFigureBuilder.Build(Q3, []), Records).Single(s => s.Code == code).Text;

    [Fact]
    public void The_satisfaction_initiative_and_remediation_sections_open_with_the_records_numbers_in_vietnamese()
    {
        Assert.Equal("Năm 2026 đã tổ chức 1 đợt khảo sát sự hài lòng; 2 lĩnh vực được so với mức tối thiểu, 1 lĩnh vực dưới mức tối thiểu: "
            + "Đất đai (80,5%, mức tối thiểu 85%).", Text("I.4"));
        Assert.Equal("Trong kỳ có 2 sáng kiến cải cách hành chính được đề xuất; 1 sáng kiến được công nhận.", Text("I.5"));
        Assert.Equal("Đến ngày 14/09/2026, có 4 đề xuất khắc phục hạn chế sau công bố Chỉ số cải cách hành chính cho kế hoạch năm 2026; "
            + "đã đưa 2 đề xuất vào kế hoạch thành nhiệm vụ, trong đó 1 nhiệm vụ đã hoàn thành (50%).", Text("I.6"));
    }

    [Fact]
    public void The_procedures_section_quotes_the_feedback_ratios_and_the_apologies_with_vi_vn_numbers()
    {
        var text = Text("II.2");

        Assert.Contains("Trong kỳ tiếp nhận 1.203 phản ánh, kiến nghị, trong đó 1.200 phản ánh, kiến nghị thuộc thẩm quyền; đã xử lý xong 1.190, "
            + "trong đó 1.150 đúng hạn, trước hạn; tỷ lệ xử lý đúng hạn, trước hạn 95,83%; tỷ lệ hài lòng với việc xử lý phản ánh, kiến nghị 93,75%.", text);
        Assert.Contains("Trong kỳ có 3 hồ sơ trễ hạn, 2 hồ sơ đã có giải trình và văn bản xin lỗi (66,67%); còn 1 hồ sơ chưa có.", text);
    }

    [Fact]
    public void The_plan_section_quotes_dialogues_and_commitments_and_an_agency_says_nothing_of_dialogues_held()
    {
        var text = Text("I.1");
        var agency = RecordSentences.For("I.1", Records with { Dialogues = new DialogueFigures(null, 2, 2, 0, 0) }, Q3).First();

        Assert.Contains("Trong kỳ tổ chức 1 hội nghị đối thoại với người dân, doanh nghiệp; theo dõi 4 vấn đề nêu tại đối thoại: đã giải quyết xong 1 vấn đề, "
            + "còn 3 vấn đề chưa giải quyết xong, trong đó 2 vấn đề quá hạn.", text);
        Assert.Contains("Đến ngày 14/09/2026, đã ký 4 bản cam kết thực hiện nhiệm vụ cải cách hành chính năm 2026; 1 bản cam kết đã có báo cáo kết quả thực hiện.", text);
        Assert.StartsWith("Trong kỳ, theo dõi 2 vấn đề", agency);
    }

    [Fact]
    public void Without_records_the_sections_open_as_before()
    {
        var figures = ReportFigureBuilder.Build(Q3, []);

        Assert.Equal(ReportSentences.Prefill(ReportOutline.Default, figures), ReportSentences.Prefill(ReportOutline.Default, figures, null));
        Assert.Equal("", ReportSentences.Prefill(ReportOutline.Default, figures).Single(s => s.Code == "I.5").Text);
    }
}
