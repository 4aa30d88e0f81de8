using System.Globalization;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>The measures of DOMAIN §9 the writer uses: A4 in twentieths of a point, margins, font and sizes in
/// half-points (26 = 13 pt).</summary>
public static class Decree30Format
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public const string Font = "Times New Roman";

    public const int PageWidth = 11906;   // 210 mm
    public const int PageHeight = 16838;  // 297 mm
    public const int MarginTop = 1134;    // 20 mm
    public const int MarginBottom = 1134; // 20 mm
    public const int MarginLeft = 1701;   // 30 mm
    public const int MarginRight = 851;   // 15 mm
    public const int HeaderDistance = 567; // the page number sits 10 mm from the top edge

    public const int NationalName = 26;   // Quốc hiệu 13
    public const int Motto = 28;          // Tiêu ngữ 14 (Quốc hiệu 13)
    public const int Issuer = 26;         // parent and issuing body 13
    public const int NumberSize = 26;     // "Số:" 13
    public const int DateSize = 28;       // place and date 14
    public const int Title = 28;          // document type, subject, headings 14
    public const int Body = 28;           // body 14
    public const int RecipientsHeading = 24; // "Nơi nhận:" 12
    public const int RecipientLine = 22;  // recipient lines 11
    public const int AnnexLabel = 28;     // "Phụ lục" 14
    public const int TableText = 24;      // annex table cells 12
    public const int PageNumber = 28;     // page numbers 14

    public const int FirstLineIndent = 567; // 1 cm
    public const int SpaceAfter = 120;      // 6 pt
    public const int LineSpacing = 288;     // 1.2 lines

    public const string NationalNameText = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string MottoText = "Độc lập - Tự do - Hạnh phúc";
}
