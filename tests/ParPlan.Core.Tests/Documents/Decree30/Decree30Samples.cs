using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Plans;
using ParPlan.Core.Reports;
using ParPlan.Core.Tests.Plans;

namespace ParPlan.Core.Tests.Documents.Decree30;

/// <summary>Documents the Decree 30 tests write: a commune's Q1 report and the gold plans as plan documents.</summary>
public static class Decree30Samples
{
    public static readonly Signature Chair = Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An");

    public static readonly Recipients ToDistrict = new(["UBND huyện (báo cáo)", "Phòng Nội vụ huyện (báo cáo)", "Các ban, ngành xã"], "VP");

    public static PlanDocument Gold(string seed) => PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepoPaths.Gold, seed + ".json")))!;

    public static OfficialHeader PlanHeader(PlanDocument plan)
    {
        var issuer = plan.Header.Issuer ?? "UBND xã";
        var body = "Ủy ban nhân dân " + issuer.Replace("UBND ", "", StringComparison.Ordinal);
        var place = issuer.Replace("UBND xã ", "", StringComparison.Ordinal).Replace("UBND huyện ", "", StringComparison.Ordinal);
        var number = plan.Header.Number is { } n ? int.Parse(n.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new OfficialHeader(null, body, "KH-UBND", place, number, plan.Header.IssuedOn, plan.Header.Period?.From.Year);
    }

    public static byte[] PlanDocx(PlanDocument plan) => ParPlan.Core.Documents.Decree30.PlanDocx.Write(plan, PlanHeader(plan),
        [
            new DocumentSection("I. Mục tiêu, yêu cầu", ["Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn."],
                [new DocumentSection("1. Mục tiêu", ["Triển khai đồng bộ các nhiệm vụ cải cách hành chính."])]),
            new DocumentSection("II. Tổ chức thực hiện", ["Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này."]),
        ],
        Chair, ToDistrict);

    public static ReportFigures Figures()
    {
        var window = ReportingCalendar.Instances(DefaultRegimes.Commune, 2026)[0].Window;
        return ReportFigureBuilder.Build(window,
        [
            new("1.1", "direction", "Ban hành Kế hoạch CCHC", new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 20), "Văn phòng HĐND và UBND"),
            new("1.2", "direction", "Kiểm tra CCHC", new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1), null, "Văn phòng HĐND và UBND"),
            new("3.1", "procedures", "Rà soát TTHC", new DateOnly(2026, 6, 30), new DateOnly(2026, 3, 1), null, "Phòng Văn hoá – Xã hội"),
        ], evidence: [new("05/KH-UBND", new DateOnly(2026, 1, 9), "về cải cách hành chính năm 2026")]);
    }

    public static OfficialHeader ReportHeader(int? number = 5, DateOnly? date = null) =>
        new("UBND huyện Vĩnh Linh", "Ủy ban nhân dân xã Vĩnh Chấp", "BC-UBND", "Vĩnh Chấp", number, date ?? new DateOnly(2026, 3, 6));

    public static OfficialDocument Report(Signature? signature = null)
    {
        var figures = Figures();
        var texts = ReportSentences.Prefill(ReportOutline.Default, figures).ToDictionary(s => s.Code, s => s.Text);
        texts["V"] = "Đề nghị UBND huyện quan tâm bố trí kinh phí.";
        return ReportDocx.Compose(ReportHeader(), "Kết quả công tác cải cách hành chính Quý I năm 2026", ReportOutline.Default, texts,
            ReportAnnex.FromFigures(figures, "(Kèm theo Báo cáo số 05/BC-UBND ngày 06/03/2026 của UBND xã Vĩnh Chấp)"), signature ?? Chair, ToDistrict);
    }
}
