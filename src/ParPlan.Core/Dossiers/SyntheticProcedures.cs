namespace ParPlan.Core.Dossiers;

/// <summary>A procedure the synthetic generator draws from.</summary>
internal sealed record SyntheticProcedure(
    string Code, string Name, string Field, int WorkingDays, bool Fees, OnlineServiceLevel Level, double Weight, double LateShare);

/// <summary>Real-sounding procedures of the one-stop desks of a province and its communes (codes shaped like the national database's).</summary>
internal static class SyntheticProcedures
{
    public static readonly SyntheticProcedure[] All =
    [
        new("1.001193", "Đăng ký khai sinh", "Hộ tịch", 1, false, OnlineServiceLevel.Full, 12, 0.01),
        new("1.000894", "Đăng ký kết hôn", "Hộ tịch", 1, true, OnlineServiceLevel.Full, 4, 0.01),
        new("1.000656", "Đăng ký khai tử", "Hộ tịch", 1, false, OnlineServiceLevel.Full, 3, 0.01),
        new("1.004873", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", 1, true, OnlineServiceLevel.Full, 6, 0.01),
        new("1.004746", "Đăng ký xác nhận tình trạng hôn nhân", "Hộ tịch", 3, true, OnlineServiceLevel.Full, 6, 0.02),
        new("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 1, true, OnlineServiceLevel.Partial, 15, 0.005),
        new("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", 1, true, OnlineServiceLevel.Partial, 4, 0.005),
        new("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", "Chứng thực", 2, true, OnlineServiceLevel.None, 5, 0.02),
        new("1.004227", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai", 10, true, OnlineServiceLevel.Partial, 8, 0.09),
        new("1.004217", "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu", "Đất đai", 20, true, OnlineServiceLevel.Partial, 3, 0.12),
        new("1.003003", "Đính chính Giấy chứng nhận đã cấp", "Đất đai", 10, false, OnlineServiceLevel.Partial, 1, 0.06),
        new("1.001009", "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", "Đất đai", 1, true, OnlineServiceLevel.Full, 4, 0.03),
        new("1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Xây dựng", 15, true, OnlineServiceLevel.Partial, 2, 0.07),
        new("1.009995", "Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ", "Xây dựng", 15, true, OnlineServiceLevel.Partial, 0.6, 0.06),
        new("2.000720", "Đăng ký thành lập hộ kinh doanh", "Kinh doanh", 3, true, OnlineServiceLevel.Full, 3, 0.02),
        new("2.000575", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Kinh doanh", 3, true, OnlineServiceLevel.Full, 2, 0.02),
        new("2.000561", "Thông báo tạm ngừng kinh doanh hộ kinh doanh", "Kinh doanh", 3, false, OnlineServiceLevel.Full, 1, 0.01),
        new("2.000488", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam", "Tư pháp", 10, true, OnlineServiceLevel.Full, 3, 0.04),
        new("2.000930", "Thủ tục công nhận hòa giải viên", "Tư pháp", 3, false, OnlineServiceLevel.Partial, 0.3, 0.02),
        new("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", 10, false, OnlineServiceLevel.Partial, 2, 0.05),
        new("1.002227", "Giải quyết chế độ mai táng phí đối với người có công", "Người có công", 5, false, OnlineServiceLevel.Partial, 0.8, 0.04),
        new("1.004492", "Đăng ký khai thác nước dưới đất", "Tài nguyên nước", 15, true, OnlineServiceLevel.Partial, 0.3, 0.05),
    ];

    /// <summary>Relative intake per month: a dip at Tết (January–February), a rush before year end.</summary>
    public static readonly double[] MonthWeight = [0, 0.95, 0.62, 1.05, 1.0, 1.02, 1.0, 0.98, 1.03, 1.0, 1.04, 1.08, 1.2];
}
