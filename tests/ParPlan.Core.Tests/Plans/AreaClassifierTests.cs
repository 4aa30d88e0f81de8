using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

public class AreaClassifierTests
{
    // Every heading variant of DOMAIN §4.4, plus the contract's alternative names.
    [Theory]
    [InlineData("I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", AreaCode.Direction)]
    [InlineData("Nội dung 1. Công tác chỉ đạo, điều hành (07 nhiệm vụ)", AreaCode.Direction)]
    [InlineData("I CÔNG TÁC CHỈ ĐẠO ĐIÈUF HÀNH", AreaCode.Direction)]
    [InlineData("1. Công tác chỉ đạo, điều hành cải cách hành chính", AreaCode.Direction)]
    [InlineData("II CẢI CÁCH THỂ CHẾ", AreaCode.Institutions)]
    [InlineData("Nội dung 2. Cải cách thể chế  (07 nhiệm vụ)", AreaCode.Institutions)]
    [InlineData("Cải cách thể chế, theo dõi thi hành pháp luật", AreaCode.Institutions)]
    [InlineData("III CẢI CÁCH THỦ TỤC HÀNH CHÍNH", AreaCode.Procedures)]
    [InlineData("3. Cải cách thủ tục hành chính (TTHC)", AreaCode.Procedures)]
    [InlineData("Nội dung 3. Cải cách Thủ tục hành chính (07 nhiệm vụ)", AreaCode.Procedures)]
    [InlineData("IV CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", AreaCode.Apparatus)]
    [InlineData("IV CẢI CÁCH TỔ CHỨC BỘ MÁY NHÀ NƯỚC", AreaCode.Apparatus)]
    [InlineData("4. Cải cách tổ chức bộ máy hành chính", AreaCode.Apparatus)]
    [InlineData("V CẢI CÁCH CÔNG VỤ", AreaCode.CivilService)]
    [InlineData("Nội dung 5:  Cải cách chế độ công vụ (04 nhiệm vụ)", AreaCode.CivilService)]
    [InlineData("VI CẢI CÁCH TÀI CHÍNH CÔNG", AreaCode.PublicFinance)]
    [InlineData("Nội dung 6. Công tác cải cách tài chính công (03 nhiệm vụ)", AreaCode.PublicFinance)]
    [InlineData("VII XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ", AreaCode.DigitalGovernment)]
    [InlineData("Nội dung 7. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số (03 nhiệm vụ)", AreaCode.DigitalGovernment)]
    [InlineData("7. Ứng dụng và phát triển Chính quyền điện tử, Chính quyền số", AreaCode.DigitalGovernment)]
    [InlineData("VII XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN", AreaCode.DigitalGovernment)]
    [InlineData("Chuyển đổi số", AreaCode.DigitalGovernment)]
    [InlineData("6. Hiện đại hóa nền hành chính", AreaCode.DigitalGovernment)]
    [InlineData("Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước", AreaCode.DigitalGovernment)]
    [InlineData("Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", AreaCode.CivilService)]
    [InlineData("8. Duy trì nâng cao các chỉ số Cải cách hành chính (PAR INDEX), chỉ số hiệu quả quản trị và hành chính công (PAPI) và Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", AreaCode.Indices)]
    [InlineData("8. Duy trì nâng cao các Chỉ số: Cải cách hành chính (PAR INDEX), Quản trị hành chính công (PAPI)", AreaCode.Indices)]
    public void FromHeading_maps_every_heading_variant_to_its_area(string heading, AreaCode expected)
    {
        Assert.Equal(expected, AreaClassifier.FromHeading(heading));
    }

    [Theory]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("IV. TỔ CHỨC THỰC HIỆN")]
    [InlineData("III. KINH PHÍ")]
    public void FromHeading_returns_null_for_a_heading_without_an_area(string heading)
    {
        Assert.Null(AreaClassifier.FromHeading(heading));
    }

    [Theory]
    [InlineData("tỉ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 80%", AreaCode.DigitalGovernment)]
    [InlineData("Tỷ lệ người dân đủ điều kiện có sổ sức khỏe điện tử trên ứng dụng VNeID đạt 80%", AreaCode.DigitalGovernment)]
    [InlineData("tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 20%", AreaCode.DigitalGovernment)]
    [InlineData("Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt 95%", AreaCode.Procedures)]
    [InlineData("98% tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn và trước hạn", AreaCode.Procedures)]
    [InlineData("tỉ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính giữa các cấp chính quyền đạt tối thiểu 65%", AreaCode.Procedures)]
    [InlineData("100% văn bản quy phạm pháp luật của xã được xây dựng, ban hành đúng thẩm quyền", AreaCode.Institutions)]
    [InlineData("100% cơ quan, đơn vị được quy định đầy đủ chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", AreaCode.Apparatus)]
    [InlineData("Tỷ lệ giải ngân vốn đầu tư công đạt 95%", AreaCode.PublicFinance)]
    [InlineData("Tiếp tục thực hiện TGBC theo lộ trình (đến năm 2025 giảm 10% so với năm 2021)", AreaCode.Apparatus)]
    [InlineData("Xử lý VB và HSCV đúng quy trình theo tỉ lệ: cấp huyện 90%", AreaCode.DigitalGovernment)]
    [InlineData("đảm bảo kiểm tra ít nhất 30% số cơ quan, đơn vị trên địa bàn huyện", AreaCode.Direction)]
    [InlineData("Nâng cao Chỉ số PAR Index, SIPAS, PAPI, PCI", AreaCode.Indices)]
    public void FromTopic_classifies_a_target_by_its_subject(string text, AreaCode expected)
    {
        Assert.Equal(expected, AreaClassifier.FromTopic(text));
    }

    [Fact]
    public void FromTopic_returns_null_when_no_topic_is_recognised()
    {
        Assert.Null(AreaClassifier.FromTopic("nhanh nhất - tốt nhất - thuận tiện nhất"));
    }
}
