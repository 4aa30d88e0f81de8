using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Header facts from openings without the usual number line: a news item on an official site ("Ngày 12 tháng 3 năm
/// 2026, UBND phường X đã ban hành Kế hoạch số 33/KH-UBND …"), an older title line ("QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ NỘI VỤ
/// SỐ 15/QĐ-BNV NGÀY 05 THÁNG 02 NĂM 2026"), and the issuer from the body ("Ủy ban nhân dân tỉnh ban hành kế hoạch …")
/// or the title ("… TRÊN ĐỊA BÀN HUYỆN ĐỒNG LƯ") when the issuer block prints no unit.
/// </summary>
internal static partial class HeaderFallbacks
{
    /// <summary>Number, date and issuer stated in one sentence or title line of the opening, or nulls.</summary>
    public static (string? Number, DateOnly? IssuedOn, string? Issuer) Stated(IReadOnlyList<string> segments)
    {
        foreach (var s in segments.Take(12))
        {
            var news = News().Match(s);
            if (news.Success)
            {
                return (Code(news.Groups["code"].Value), Date(news.Groups["d"].Value, news.Groups["m"].Value, news.Groups["y"].Value), Body(news.Groups["who"].Value));
            }

            var old = OldTitle().Match(s);
            if (old.Success)
            {
                var who = old.Groups["who"].Success ? Body(old.Groups["who"].Value) : null;
                return (Code(old.Groups["code"].Value), Date(old.Groups["d"].Value, old.Groups["m"].Value, old.Groups["y"].Value), who);
            }
        }

        return (null, null, null);
    }

    /// <summary>
    /// The issuer when the opening names none: the body's "Ủy ban nhân dân tỉnh [X] ban hành" (the name from the date
    /// line's place when the sentence gives none), else the title's "trên địa bàn tỉnh X".
    /// </summary>
    public static string? Issuer(IReadOnlyList<string> segments)
    {
        var place = segments.Take(40).Select(x => Place().Match(x)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        foreach (var s in segments.Take(HeaderOpening.Size))
        {
            var m = BodyIssuer().Match(s);
            if (m.Success)
            {
                var name = m.Groups["name"].Success ? m.Groups["name"].Value : place;
                if (name is { Length: > 0 })
                {
                    return IssuerReader.FormatCommittee(m.Groups["unit"].Value + " " + name);
                }
            }
        }

        foreach (var s in segments.Take(30))
        {
            var m = AreaTitle().Match(s);
            if (m.Success && s.Where(char.IsLetter).All(char.IsUpper))
            {
                return IssuerReader.FormatCommittee(m.Groups[1].Value + " " + m.Groups[2].Value.Trim());
            }
        }

        return null;
    }

    /// <summary>The body a signer acts for: "Chủ tịch UBND tỉnh X" → the committee, "Bộ trưởng Bộ Nội vụ" → the ministry.</summary>
    private static string? Body(string who) =>
        IssuerReader.FromMetadata(SignerTitle().Replace(PhraseKit.Collapse(who), ""));

    private static string Code(string code) => Regex.Replace(code, @"\s+", "");

    private static DateOnly? Date(string d, string m, string y)
    {
        var (day, month, year) = (int.Parse(d, CultureInfo.InvariantCulture), int.Parse(m, CultureInfo.InvariantCulture), int.Parse(y, CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 && year is > 1900 and < 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private const string CodeText = @"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?(?:[A-ZĐ][A-Za-zĐđ]*\s*-\s*)*[A-ZĐ][A-Za-zĐđ]*";

    [GeneratedRegex(@"^Ngày\s+(?<d>\d{1,2})\s*(?:tháng\s+|/)(?<m>\d{1,2})\s*(?:năm\s+|/)(?<y>\d{4}),?\s+(?<who>(?:Ủy|Uỷ|UBND|Sở|Bộ|Văn phòng|Thủ tướng|Chủ tịch)[^,;]{2,80}?)\s+(?:đã\s+)?(?:ký\s+)?ban hành\s+(?:(?:Kế hoạch|Quyết định|Báo cáo)\s+)?(?:số\s+)?(?<code>" + CodeText + ")")]
    private static partial Regex News();

    [GeneratedRegex(@"^(?:(?:QUYẾT ĐỊNH|KẾ HOẠCH|BÁO CÁO)\s+)?(?:CỦA\s+(?<who>.+?)\s+)?SỐ\s*:?\s*(?<code>" + CodeText + @")\s+NGÀY\s+(?<d>\d{1,2})\s+THÁNG\s+(?<m>\d{1,2})\s+NĂM\s+(?<y>\d{4})")]
    private static partial Regex OldTitle();

    [GeneratedRegex(@"(?:Ủy|Uỷ) ban nhân dân (?<unit>tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)(?:\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}))?\s+(?:đã\s+)?ban hành\s+(?:kế hoạch|Kế hoạch|quyết định|Quyết định|báo cáo|Báo cáo)")]
    private static partial Regex BodyIssuer();

    [GeneratedRegex(@"^(?:CHỦ TỊCH|Chủ tịch|BỘ TRƯỞNG|Bộ trưởng|GIÁM ĐỐC|Giám đốc|CHÁNH|Chánh)\s+(?=\p{L})")]
    private static partial Regex SignerTitle();

    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s*,\s*ngày\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"TRÊN ĐỊA BÀN (TỈNH|HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(\p{Lu}+(?:\s+\p{Lu}+){0,3})\s*$")]
    private static partial Regex AreaTitle();
}
