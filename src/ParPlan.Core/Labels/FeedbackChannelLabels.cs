namespace ParPlan.Core.Labels;

/// <summary>How a feedback (phản ánh, kiến nghị; NĐ 20/2008) reached the government.</summary>
public static class FeedbackChannelLabels
{
    public const string InPerson = "truc-tiep";
    public const string Post = "buu-chinh";
    public const string Phone = "dien-thoai";
    public const string Email = "thu-dien-tu";
    public const string Portal = "cong-dich-vu-cong";
    public const string Hotline = "duong-day-nong";
    public const string App = "ung-dung";

    public static readonly IReadOnlyList<string> Codes = [InPerson, Post, Phone, Email, Portal, Hotline, App];

    public static string Label(string? code) => code switch
    {
        InPerson => "Trực tiếp tại cơ quan",
        Post => "Qua bưu chính",
        Phone => "Qua điện thoại",
        Email => "Qua thư điện tử",
        Portal => "Qua Cổng dịch vụ công",
        Hotline => "Qua đường dây nóng",
        App => "Qua ứng dụng trên điện thoại",
        _ => "Chưa rõ kênh tiếp nhận",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
