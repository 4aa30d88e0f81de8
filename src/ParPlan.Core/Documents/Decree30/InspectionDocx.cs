using System.Globalization;
using ParPlan.Core.Inspections;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>An inspection as Decree 30 documents (DOMAIN §7.4: Kế hoạch → Quyết định thành lập đoàn → visits → Kết
/// luận → khắc phục): the inspection plan ("KẾ HOẠCH", its units and schedule as the annex) and the conclusion ("KẾT
/// LUẬN", its findings and remedy dates as the annex), both written by <see cref="Decree30Writer"/>.</summary>
public static class InspectionDocx
{
    public static OfficialDocument PlanDocument(InspectionDocumentData data, OfficialHeader header, Signature signature)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(header);
        var target = data.CoverageTarget is { } t ? $"ít nhất {InspectionRules.Percent(t)} {data.DenominatorText}" : data.DenominatorText;
        var sections = new List<DocumentSection>
        {
            new("I. MỤC ĐÍCH, YÊU CẦU",
            [
                "Đánh giá kết quả triển khai thực hiện nhiệm vụ cải cách hành chính năm " + Year(data.Year) + "; kịp thời phát hiện tồn tại, hạn chế và kiến nghị biện pháp khắc phục.",
                "Bảo đảm phạm vi kiểm tra: " + target + ".",
            ]),
            new("II. NỘI DUNG, ĐỐI TƯỢNG VÀ THỜI GIAN KIỂM TRA",
            [
                "Nội dung kiểm tra (lồng ghép): " + Topics(data) + ".",
                $"Đối tượng kiểm tra: {Count(data.SelectedUnits.Count)} cơ quan, đơn vị tại Phụ lục kèm theo.",
            ]),
            new("III. TỔ CHỨC THỰC HIỆN",
            [
                data.DecisionNumber is { Length: > 0 } n
                    ? $"Đoàn kiểm tra thành lập theo Quyết định số {n}{(data.DecisionDate is { } d ? " ngày " + Date(d) : "")}."
                    : "Thành lập Đoàn kiểm tra theo quyết định của Chủ tịch Ủy ban nhân dân.",
                "Các cơ quan, đơn vị được kiểm tra chuẩn bị báo cáo và hồ sơ, tài liệu theo nội dung kiểm tra.",
            ]),
        };
        var rows = data.SelectedUnits.Select((u, i) => new AnnexRow([(i + 1).ToString(CultureInfo.InvariantCulture), u, PlannedDate(data, u)])).ToList();
        var annex = new Annex("Phụ lục", "Danh sách cơ quan, đơn vị được kiểm tra", Attachment("Kế hoạch", header, data.GovernmentName),
            ["STT", "Cơ quan, đơn vị", "Thời gian kiểm tra"], [1, 6, 3], rows);
        return new OfficialDocument(header, "KẾ HOẠCH", Subject(data.Title), [], [], sections, signature,
            new Recipients([.. data.SelectedUnits, "Cơ quan thường trực cải cách hành chính"], "VP"), [annex]);
    }

    public static OfficialDocument ConclusionDocument(InspectionDocumentData data, OfficialHeader header, Signature signature)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(header);
        var rate = InspectionRules.Rate(data.CoveredUnits, data.DenominatorUnits);
        var visited = data.Visits.Select(v => $"{v.UnitName} (ngày {Date(v.Date)}: {string.Join(", ", v.Topics)})").ToList();
        var sections = new List<DocumentSection>
        {
            new("I. KHÁI QUÁT KẾT QUẢ KIỂM TRA",
            [
                $"Đoàn kiểm tra đã kiểm tra {Count(data.Visits.Select(v => v.UnitName).Distinct().Count())} cơ quan, đơn vị: {(visited.Count > 0 ? string.Join("; ", visited) : "chưa có")}.",
                $"Tỷ lệ cơ quan, đơn vị được kiểm tra: {Count(data.CoveredUnits)}/{Count(data.DenominatorUnits)} ({InspectionRules.Percent(rate)}) {data.DenominatorText}"
                    + (data.CoverageTarget is { } t ? $"; chỉ tiêu {InspectionRules.Percent(t)}, {(InspectionRules.Reached(rate, t) ? "đạt" : "chưa đạt")}." : "."),
            ]),
            new("II. TỒN TẠI, HẠN CHẾ",
                data.Findings.Count == 0 ? ["Không phát hiện tồn tại, hạn chế."] : data.Findings.Select(f => $"{f.UnitName}: {f.Text.Trim().TrimEnd('.')}.").ToList()),
            new("III. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC",
            [
                "Các cơ quan, đơn vị được kiểm tra khắc phục tồn tại, hạn chế theo thời hạn tại Phụ lục kèm theo và gửi văn bản khắc phục về cơ quan thường trực cải cách hành chính.",
            ]),
        };
        var rows = data.Findings.Select((f, i) => new AnnexRow([(i + 1).ToString(CultureInfo.InvariantCulture), f.UnitName, f.Text, Date(f.RemedyDueOn), f.Status])).ToList();
        var annex = new Annex("Phụ lục", "Tồn tại, hạn chế và thời hạn khắc phục", Attachment("Kết luận", header, data.GovernmentName),
            ["STT", "Cơ quan, đơn vị", "Tồn tại, hạn chế", "Hạn khắc phục", "Tình trạng"], [1, 4, 8, 2, 3], rows);
        return new OfficialDocument(header, "KẾT LUẬN", Subject(data.Title), [], [], sections, signature,
            new Recipients([.. data.Visits.Select(v => v.UnitName).Distinct(), "Cơ quan thường trực cải cách hành chính"], "VP"), [annex]);
    }

    public static byte[] WritePlan(InspectionDocumentData data, OfficialHeader header, Signature signature) => Decree30Writer.Write(PlanDocument(data, header, signature));

    public static byte[] WriteConclusion(InspectionDocumentData data, OfficialHeader header, Signature signature) => Decree30Writer.Write(ConclusionDocument(data, header, signature));

    private static string Topics(InspectionDocumentData data)
    {
        var topics = data.Visits.SelectMany(v => v.Topics).Distinct().ToList();
        return topics.Count > 0 ? string.Join(", ", topics) : "công tác cải cách hành chính";
    }

    private static string PlannedDate(InspectionDocumentData data, string unit) =>
        data.Visits.Where(v => v.UnitName == unit).Select(v => Date(v.Date)).FirstOrDefault() ?? "Theo lịch của Đoàn kiểm tra";

    private static string Attachment(string kind, OfficialHeader header, string government) =>
        $"(Kèm theo {kind} số {(header.Number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : "     ")}/{header.Code} "
        + $"{(header.Date is { } d ? "ngày " + Date(d) : "ngày      ")} của {GovernmentNames.IssuingBody(government)})";

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>The subject under "KẾ HOẠCH" / "KẾT LUẬN": the plan's title without a leading "Kế hoạch" ("Kiểm tra công tác …").</summary>
    private static string Subject(string title)
    {
        var t = title.Trim();
        t = t.StartsWith("Kế hoạch ", StringComparison.OrdinalIgnoreCase) ? t["Kế hoạch ".Length..] : t;
        return t.Length == 0 ? t : char.ToUpper(t[0], Decree30Format.Vi) + t[1..];
    }
}
