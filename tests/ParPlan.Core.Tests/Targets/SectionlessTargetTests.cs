using System.Text.Json.Nodes;
using ParPlan.Core.Plans;
using ParPlan.Core.Targets;

namespace ParPlan.Core.Tests.Targets;

/// <summary>D2's "Các chỉ tiêu cụ thể" and §II.7 bullets: no area section, so each target gets its area from its topic.</summary>
public class SectionlessTargetTests
{
    private static readonly string[] Bullets =
    [
        "- 100% văn bản quy phạm pháp luật của xã được xây dựng, ban hành đúng thẩm quyền, hình thức, trình tự, thủ tục quy định. 100% các vấn đề phát hiện qua rà soát, kiểm tra thi hành pháp luật được xử lý hoặc kiến nghị xử lý kịp thời theo quy định.",
        "- Kiểm soát, theo dõi chặt chẽ việc thực hiện quy trình nội bộ, quy trình điện tử trong giải quyết thủ tục hành chính đảm bảo 100% các hướng dẫn, yêu cầu đối với người dân, doanh nghiệp của cán bộ, công chức, viên chức tại Trung tâm Phục vụ hành chính công và phòng, ban chuyên môn phải thể hiện bằng văn bản (Giấy Tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu Yêu cầu bổ sung hồ sơ, Phiếu Từ chối tiếp nhận hồ sơ, Thông báo...); 100% hồ sơ được tiếp nhận, giải quyết có thành phần hồ sơ được cắt giảm, đơn giản hoá dựa trên dữ liệu.",
        "- 98% tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn và trước hạn. 100% hồ sơ TTHC để chậm, muộn đều phải có giải trình trách nhiệm với người đứng đầu cơ quan, đơn vị và thực hiện xin lỗi tổ chức, cá nhân theo đúng quy định tại Nghị định số 118/2025/ND-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia và Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia.",
        "- Tỉ lệ sử dụng DVC trực tuyến của người dân và doanh nghiệp đạt tối thiểu \n80%; tỉ lệ cung cấp DVC trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện đạt tối thiểu 90%; tỉ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%; tỉ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%, tỉ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết TTHC, DVC đạt 75%; tỉ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính giữa các cấp chính quyền đạt tối thiểu 65%; tỉ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 80%; tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 20%; Tỷ lệ người dân đủ điều kiện có sổ sức khỏe điện tử trên ứng dụng VNeID đạt 80%.",
        "- Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt 95%. Trong đó, mức độ hài lòng về giải quyết các TTHC lĩnh vực đất đai, xây dựng, đầu tư, y tế, giáo dục công lập đạt tỷ lệ tối thiểu 85%.",
        "- Thực hiện tinh giản biên chế đảm bảo tỷ lệ theo lộ trình, quy định của Trung ương và chỉ đạo của Tỉnh.",
        "- 70% đơn, thư, khiếu nại, khiếu kiện của công dân được xem xét; tăng cường tính chủ động, giải quyết tại cơ sở, đảm bảo theo đúng thẩm quyền...",
        "- 100% cơ quan, đơn vị thực hiện tốt các chế độ chính sách đối với cán bộ, công chức, viên chức.",
        "- Phấn đấu 100% hoạt động chỉ đạo, điều hành, quản trị nội bộ của cơ quan hành chính nhà nước được thực hiện trên môi trường số, sử dụng văn bản điện tử và chữ ký số chuyên dùng công vụ, bảo đảm thống nhất, thông suốt từ cấp xã đến cấp tỉnh. Tiếp tục hoàn thành 100% hệ thống báo cáo xã được kết nối, liên thông với Hệ thống thông tin báo cáo quốc gia, phục vụ công tác chỉ đạo, điều hành, giám sát và đánh giá kết quả thực hiện cải cách hành chính.",
    ];

    [Fact]
    public void Extract_reproduces_the_gold_body_targets_of_D2_with_areas_by_topic()
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Gold, "002_82c4b63d1339515c.json")))!;
        var expected = gold["targets"]!.AsArray()
            .Where(t => ((string)t!["source"]!).StartsWith("body", StringComparison.Ordinal))
            .Select(t => $"{t!["area"]} {t["comparator"]} {t["value"]} stretch={(bool)t["stretch"]!} | {t["text"]}")
            .ToList();

        var actual = Bullets
            .SelectMany(b => TargetExtractor.Extract(b, new TargetContext(null, "body I.3", 2026)))
            .Select(t => $"{Kebab(t.Area)} {t.Comparator} {t.Value} stretch={t.Stretch} | {t.Text}")
            .ToList();

        var differences = expected.Zip(actual).Where(pair => pair.First != pair.Second).Select(pair => $"expected {pair.First}\n     got {pair.Second}");
        Assert.True(expected.Count == actual.Count && !differences.Any(), $"{expected.Count} vs {actual.Count}\n" + string.Join("\n", differences));
    }

    private static string Kebab(AreaCode? area) => area switch
    {
        AreaCode.DigitalGovernment => "digital-government",
        AreaCode.CivilService => "civil-service",
        AreaCode.PublicFinance => "public-finance",
        null => "null",
        _ => area.Value.ToString().ToLowerInvariant(),
    };
}
