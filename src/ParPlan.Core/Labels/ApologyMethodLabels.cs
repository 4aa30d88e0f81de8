namespace ParPlan.Core.Labels;

/// <summary>How an apology letter for a late dossier reached the applicant (NĐ 61/2018 as amended: on paper at the
/// desk or by post, and by e-mail or SMS for an online application). Codes are what the API and the store carry.</summary>
public static class ApologyMethodLabels
{
    public const string InPerson = "truc-tiep";
    public const string Post = "buu-chinh";
    public const string Email = "thu-dien-tu";
    public const string Sms = "tin-nhan";
    public const string Portal = "cong-dich-vu-cong";

    /// <summary>Every code, in the order a form offers them.</summary>
    public static readonly IReadOnlyList<string> Codes = [InPerson, Post, Email, Sms, Portal];

    public static string Label(string? code) => code switch
    {
        InPerson => "Trao trực tiếp tại bộ phận một cửa",
        Post => "Gửi qua bưu chính",
        Email => "Gửi thư điện tử",
        Sms => "Gửi tin nhắn SMS",
        Portal => "Gửi qua Cổng dịch vụ công",
        _ => "Chưa rõ cách gửi",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
