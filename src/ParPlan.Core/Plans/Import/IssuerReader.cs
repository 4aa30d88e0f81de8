using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The issuing body of a document from its opening (the block above the number: "ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ",
/// "UBND TỈNH QUẢNG TRỊ / SỞ NỘI VỤ", "BỘ NỘI VỤ", "THỦ TƯỚNG CHÍNH PHỦ") or from a website's metadata, and its level.
/// </summary>
internal static partial class IssuerReader
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Cities under the central government: their people's committee is a province.</summary>
    private static readonly string[] CentralCities = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

    /// <summary>The first day without districts, towns and cities under a province (two-level local government).</summary>
    private static readonly DateOnly DistrictLevelEnded = new(2025, 7, 1);

    /// <summary>The issuer named in the opening segments before the title, or null.</summary>
    public static string? FromOpening(IReadOnlyList<string> segments, int titleIndex)
    {
        string? parent = null;
        var end = Math.Min(segments.Count, titleIndex > 0 ? titleIndex : 14);
        for (var i = 0; i < end; i++)
        {
            var s = segments[i];
            var f = PhraseKit.Fold(s);
            if (f.StartsWith("so", StringComparison.Ordinal) && NumberLine().IsMatch(s))
            {
                break; // the number line closes the issuer block
            }

            // The issuer block is printed in capitals (or is a short line); "UBND xã X xây dựng Kế hoạch …" is body text.
            var ubnd = Committee().Match(f);
            if (ubnd.Success && parent is null && (IsUpper(s) || s.Split(' ').Length <= 7))
            {
                var rest = s[Math.Min(s.Length, ubnd.Length)..].Trim();
                if (rest.Length == 0 && i + 1 < end)
                {
                    rest = segments[++i];
                    if (LevelWord().IsMatch(PhraseKit.Fold(rest)) && i + 1 < end && IsUpper(segments[i + 1]) && !NumberLine().IsMatch(segments[i + 1]))
                    {
                        rest += " " + segments[++i]; // "ỦY BAN NHÂN DÂN / PHƯỜNG / LONG ANH": the level word on a line of its own
                    }
                }

                rest += WrappedTail(segments, ref i, end, s);
                parent = FormatCommittee(rest) ?? parent;
                continue;
            }

            if (National().IsMatch(f) || (Agency().IsMatch(f) && IsUpper(s)))
            {
                s += WrappedTail(segments, ref i, end, s);
                return f is "van phong" && parent is not null ? "Văn phòng " + parent : Format(s);
            }
        }

        return parent;
    }

    /// <summary>A website's "Cơ quan ban hành" value in the contract's spelling ("Ủy ban nhân dân tỉnh X" → "UBND tỉnh X").</summary>
    public static string? FromMetadata(string? issuer)
    {
        if (issuer is null)
        {
            return null;
        }

        var f = PhraseKit.Fold(issuer);
        var ubnd = Committee().Match(f);
        if (ubnd.Success)
        {
            return FormatCommittee(issuer[ubnd.Length..].Trim()) ?? issuer;
        }

        // Websites name a people's committee by its place: "Tỉnh Bảo An", "Huyện Đồng Lư".
        return FormatCommittee(issuer) ?? Format(issuer);
    }

    /// <summary>The level of <paramref name="issuer"/>. The district level ended on 01/07/2025: a people's committee of a
    /// "thành phố" in a document of that day or later (<paramref name="asOf"/>) is a city under the central government.</summary>
    public static GovernmentLevel Level(string? issuer, DateOnly? asOf)
    {
        var f = PhraseKit.Fold(issuer ?? "");
        if (f.Length == 0)
        {
            return GovernmentLevel.Unknown;
        }

        if (f.StartsWith("ubnd ", StringComparison.Ordinal))
        {
            var unit = f[5..];
            if (Regex.IsMatch(unit, @"^(xa|phuong|thi tran|dac khu)\b"))
            {
                return GovernmentLevel.Commune;
            }

            if (unit.StartsWith("tinh", StringComparison.Ordinal)
                || (unit.StartsWith("thanh pho ", StringComparison.Ordinal)
                    && (asOf >= DistrictLevelEnded || CentralCities.Any(c => unit[10..].StartsWith(c, StringComparison.Ordinal)))))
            {
                return GovernmentLevel.Province;
            }

            return Regex.IsMatch(unit, @"^(huyen|quan|thi xa|thanh pho)\b") ? GovernmentLevel.District : GovernmentLevel.Unknown;
        }

        if (National().IsMatch(f))
        {
            return GovernmentLevel.National;
        }

        return Agency().IsMatch(f) || f.StartsWith("phong ", StringComparison.Ordinal) ? GovernmentLevel.Agency : GovernmentLevel.Unknown;
    }

    /// <summary>"TỈNH QUẢNG TRỊ" → "UBND tỉnh Quảng Trị"; null when the text names no administrative unit.</summary>
    public static string? FormatCommittee(string rest)
    {
        var m = UnitName().Match(PhraseKit.Collapse(rest));
        if (!m.Success)
        {
            return null;
        }

        return "UBND " + m.Groups[1].Value.ToLower(Vi) + " " + TitleCase(m.Groups[2].Value);
    }

    /// <summary>A body's name in sentence case: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo", "BỘ NỘI VỤ" → "Bộ Nội vụ".</summary>
    private static string Format(string name)
    {
        name = Regex.Replace(name, @"^(?:BỘ TRƯỞNG|Bộ trưởng)\s+(?=(?:BỘ|Bộ)\s)", ""); // the minister acts for the ministry
        var words = PhraseKit.Collapse(name).Split(' ');
        var upper = IsUpper(name);
        var result = new List<string>();
        var capitalNext = true;
        foreach (var w in words)
        {
            var f = PhraseKit.Fold(w);
            var lower = upper ? w.ToLower(Vi) : w;
            result.Add(f is "ubnd" or "hdnd" or "cchc" ? w.ToUpper(Vi) : capitalNext ? Capital(lower) : lower);
            capitalNext = (result.Count == 1 && f is "bo" or "so") || f is "va" || w.EndsWith(',');
        }

        var text = Regex.Replace(string.Join(' ', result), @"\b[Cc]hính phủ\b", "Chính phủ");
        text = Regex.Replace(text, @"^Ban chỉ đạo", "Ban Chỉ đạo");
        return Regex.Replace(text, @"\b(tỉnh|huyện|xã|phường|thành phố|thị xã)\s+(\p{L}+(?:\s+\p{L}+)?)$", m => m.Groups[1].Value + " " + TitleCase(m.Groups[2].Value));
    }

    private static string Capital(string w) => w.Length == 0 ? w : char.ToUpper(w[0], Vi) + w[1..];

    private static bool IsUpper(string s) => s.Any(char.IsLetter) && s.Where(char.IsLetter).All(char.IsUpper);

    private static string TitleCase(string s) =>
        string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLower(Vi)));

    /// <summary>
    /// The end of a name that a narrow issuer block wrapped onto the next line ("SỞ KHOA HỌC VÀ CÔNG" / "NGHỆ",
    /// "ỦY BAN NHÂN DÂN TỈNH LAM" / "HẢI"): a capitals line of one or two words that names no body of its own, after a
    /// line long enough to have wrapped. Empty when the next line is no such end.
    /// </summary>
    private static string WrappedTail(IReadOnlyList<string> segments, ref int i, int end, string name)
    {
        if (i + 1 >= end || name.Length < 12 || !IsUpper(name))
        {
            return "";
        }

        // Layout-kept text prints the place and date beside the issuer block: its segment may come between.
        var j = i + 1 < end - 1 && PhraseKit.Fold(segments[i + 1]).Contains(", ngay", StringComparison.Ordinal) ? i + 2 : i + 1;
        var next = segments[j];
        var f = PhraseKit.Fold(next);
        if (IsUpper(next) && f.StartsWith("cua ", StringComparison.Ordinal) && next.Split(' ').Length <= 5 && !next.Any(char.IsDigit))
        {
            i = j; // "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH" / "CỦA CHÍNH PHỦ": whose body it is, on a line of its own
            return " " + next;
        }

        if (!IsUpper(next) || next.Split(' ').Length > 2 || next.Any(char.IsDigit) || Committee().IsMatch(f) || National().IsMatch(f)
            || Agency().IsMatch(f) || BodyWord().IsMatch(f) || LevelWord().IsMatch(f.Split(' ')[0]) || NumberLine().IsMatch(next))
        {
            return "";
        }

        i = j;
        return " " + next;
    }

    [GeneratedRegex(@"^(phong|hoi dong|dang uy|cuc|tong cuc|vien|truong|benh vien|ban|ke hoach|quyet dinh|bao cao|cong hoa|doc lap)\b")]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"^(tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|dac khu)$")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"^(uy ban nhan dan|ubnd)\b")]
    private static partial Regex Committee();

    [GeneratedRegex(@"^(bo (?!chi so|tieu chi)\S+|chinh phu$|thu tuong|van phong chinh phu|ban chi dao .*chinh phu)")]
    private static partial Regex National();

    [GeneratedRegex(@"^(so \S+|van phong( |$)|ban (?!hanh)\S+|thanh tra|chi cuc|trung tam)")]
    private static partial Regex Agency();

    [GeneratedRegex(@"^(TỈNH|HUYỆN|XÃ|THỊ XÃ|THÀNH PHỐ|PHƯỜNG|THỊ TRẤN|QUẬN|ĐẶC KHU|[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Qq]uận|[Đđ]ặc khu)\s+(.+)$")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"^[Ss]ố\s*:?\s*\d*\s*/")]
    private static partial Regex NumberLine();
}
