using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>What a legal-document website's metadata table states ("Số hiệu | 257/KH-UBND", "Ngày ban hành | 22/12/2025").</summary>
internal sealed record HeaderMetadata(string? Number, DateOnly? IssuedOn, string? Kind, string? Issuer);

/// <summary>
/// The opening of a document as separate segments, whatever the source: cells split at "|" and tabs, the national motto
/// cut out of the lines it was joined to, a number split over two lines ("Số: 45/KH-" / "UBND") joined back, rules
/// ("-------") dropped. Also reads the metadata table legal-document websites put first.
/// </summary>
internal static partial class HeaderOpening
{
    public const int Size = 60;

    /// <summary>A raw line with its wide gaps (five spaces or more) as cell separators: text that keeps the page's
    /// layout prints the issuer block beside the motto or the date line, apart by spaces only.</summary>
    public static string WideGapsAsCells(string line) => WideGap().Replace(line, " | ");

    public static List<string> Segments(IReadOnlyList<string> lines)
    {
        var result = new List<string>();
        var mottoCut = false; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" whose "NAM" a narrow block wrapped onto a later line
        foreach (var line in lines.Take(Size))
        {
            foreach (var cell in line.Split('|', '\t'))
            {
                mottoCut |= Motto().Matches(cell).Any(m => !m.Value.EndsWith("NAM", StringComparison.OrdinalIgnoreCase) && m.Value.StartsWith('C'));
                var parts = Motto().Split(cell);
                foreach (var part in parts)
                {
                    // "ỦY BAN NHÂN DÂN PHƯỜNG X - CỘNG HÒA … - Độc lập - Tự do - Hạnh phúc - Số: 17/KH-UBND": a website's
                    // one line, whose dashes stood between the motto and the cells it was joined to.
                    var s = parts.Length > 1 ? PhraseKit.Collapse(part).Trim('-', '–', '—', ' ') : PhraseKit.Collapse(part);
                    if (s.Length == 0 || Rule().IsMatch(s) || (mottoCut && s is "NAM" or "Nam"))
                    {
                        mottoCut &= s is not ("NAM" or "Nam");
                        continue;
                    }

                    if (result.Count > 0 && OpenCode().IsMatch(result[^1]) && CodeRest().IsMatch(s))
                    {
                        result[^1] += s; // "Số: 45/KH-" + "UBND"
                        continue;
                    }

                    if (result.Count > 0 && JoinsPrevious(result[^1], s))
                    {
                        result[^1] += " " + s; // "Số:" + "07/2026/QĐ-UBND", "Lam Sơn, ngày 12" + "tháng 02 năm 2026", "QUYẾT" + "ĐỊNH"
                        continue;
                    }

                    if (!s.Contains(':', StringComparison.Ordinal))
                    {
                        result.Add(s);
                        continue;
                    }

                    foreach (var piece in MidKey().Split(s))
                    {
                        result.Add(piece.Trim()); // "Số hiệu: 52/QĐ-UBND Loại văn bản: Quyết định" holds two metadata cells
                    }
                }
            }
        }

        return result;
    }

    /// <summary>A segment that a website's or an extraction's line break cut from the one before it.</summary>
    private static bool JoinsPrevious(string previous, string next) =>
        (NumberWord().IsMatch(previous) && NumberStart().IsMatch(next))
        || (CutDay().IsMatch(previous) && MonthYear().IsMatch(next))
        || (CutMonth().IsMatch(previous) && YearOnly().IsMatch(next))
        || SplitTitleWord(previous, next);

    private static bool SplitTitleWord(string previous, string next)
    {
        if (previous.Contains(' ', StringComparison.Ordinal) || !previous.All(char.IsUpper) || !next.Any(char.IsLetter) || !next.Where(char.IsLetter).All(char.IsUpper))
        {
            return false;
        }

        var first = PhraseKit.Fold(next).Split(' ')[0];
        return (PhraseKit.Fold(previous), first) is ("quyet", "dinh") or ("ke", "hoach") or ("bao", "cao") or ("chuong", "trinh") or ("de", "an") or ("quy", "dinh");
    }

    public static HeaderMetadata Metadata(IReadOnlyList<string> segments)
    {
        string? number = null, kind = null, issuer = null;
        DateOnly? issued = null;
        for (var i = 0; i < Math.Min(segments.Count, 40); i++)
        {
            var s = segments[i];
            var key = Key().Match(s);
            if (!key.Success)
            {
                continue;
            }

            var value = PhraseKit.Collapse(key.Groups["value"].Value);
            var combined = value.StartsWith('/');
            if ((value.Length == 0 || combined) && i + 1 < segments.Count && !Key().IsMatch(segments[i + 1]))
            {
                value = segments[i + 1];
            }
            else if (combined)
            {
                continue;
            }

            if (combined)
            {
                value = value.Split(" / ")[0].Trim(); // "Cơ quan ban hành/ Chức danh / Người ký": the body comes first
            }

            if (value.Length == 0)
            {
                continue;
            }

            switch (PhraseKit.Fold(key.Groups["key"].Value))
            {
                case var k when k.Contains("hieu", StringComparison.Ordinal):
                    number ??= CodePattern().Match(value) is { Success: true } m ? m.Value.Replace(" ", "", StringComparison.Ordinal) : null;
                    break;
                case var k when k.Contains("ngay", StringComparison.Ordinal):
                    issued ??= NumericDate(value);
                    break;
                case var k when k.StartsWith("loai", StringComparison.Ordinal):
                    kind ??= value;
                    break;
                default:
                    issuer ??= value;
                    break;
            }
        }

        return new HeaderMetadata(number, issued, kind, issuer);
    }

    private static DateOnly? NumericDate(string value)
    {
        var m = Regex.Match(value, @"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b");
        return m.Success && DateOnly.TryParseExact($"{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture):00}/{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):00}/{m.Groups[3].Value}",
            "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
    }

    [GeneratedRegex(@"C[ỘO]NG\s+H(?:[ÒO]A|OÀ)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T(?:\s+NAM)?|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    [GeneratedRegex(@"(?<=\S) {5,}(?=\S)")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^\d{0,5}\s*/")]
    private static partial Regex NumberStart();

    [GeneratedRegex(@",\s*ngày(\s*\d{1,2})?$")]
    private static partial Regex CutDay();

    [GeneratedRegex(@"^(\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+\d{4}")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@",\s*ngày\s*\d{0,2}\s*tháng\s*\d{1,2}$")]
    private static partial Regex CutMonth();

    [GeneratedRegex(@"^năm\s+\d{4}\b")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^[Ss]ố\s*:?$")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\s+(?=(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày có hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực|Ngày hết hiệu lực)\s*:)")]
    private static partial Regex MidKey();

    [GeneratedRegex(@"^[-–—_=.*\s]+$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"\d\s*/\s*(?:[A-ZĐ][A-Za-zĐđ]*\s*-\s*)*[A-ZĐ][A-Za-zĐđ]*-$|/$")]
    private static partial Regex OpenCode();

    [GeneratedRegex(@"^[A-ZĐ][A-Za-zĐđ]{0,12}(?:-[A-ZĐ][A-Za-zĐđ]*)*(?:\s|$)")]
    private static partial Regex CodeRest();

    [GeneratedRegex(@"^\s*(?<key>Số hiệu|Số, ký hiệu|Số ký hiệu|Số/Ký hiệu|Ký hiệu|Ngày ban hành|Ban hành ngày|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Đơn vị ban hành)\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Key();

    [GeneratedRegex(@"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?(?:[A-ZĐ][A-Za-zĐđ]*\s*-\s*)*[A-ZĐ][A-Za-zĐđ]*")]
    private static partial Regex CodePattern();
}
