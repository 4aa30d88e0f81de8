using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Splits list cells (DOMAIN §4.5): bullets and ";" always; commas only between distinct units or products,
/// never inside one name ("UBND các xã, thị trấn", "Các cơ quan, đơn vị có liên quan").
/// </summary>
internal static partial class CellLists
{
    private static readonly string[] NotAUnitAfterComma =
    [
        "don vi", "to chuc hanh chinh", "ban nganh", "thi tran", "doan the", "dv ", "to chuc chinh tri", "dia phuong", "kien nghi", "cap xa", "cap huyen",
        "nganh", "don vi su nghiep", "tinh",
    ];

    /// <summary>Items of a cell given as lines: a new item starts at each bulleted line.</summary>
    public static List<string> Bullets(IReadOnlyList<string> lines)
    {
        var items = new List<List<string>>();
        foreach (var raw in lines)
        {
            var line = PhraseKit.Collapse(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (items.Count == 0 || IsBullet(line))
            {
                items.Add([]);
            }

            items[^1].Add(line);
        }

        return items.Select(i => Clean(LineJoin.Join(i))).Where(s => s.Length > 0).ToList();
    }

    public static List<string> Activities(IReadOnlyList<string> lines) => Bullets(lines);

    public static List<string> Units(IReadOnlyList<string> lines)
    {
        var result = new List<string>();
        foreach (var item in UnitLines(lines).SelectMany(SplitInlineBullets))
        {
            foreach (var part in item.Split(';'))
            {
                result.AddRange(SplitCommas(part, unit: true));
            }
        }

        return result.Select(u => Clean(RoleNote().Replace(u, ""))).Where(s => s.Length > 0).ToList();
    }

    /// <summary>A note of the unit's standing in brackets after its name: "Sở Nội vụ (cơ quan thường trực)", "(đầu mối)".</summary>
    [GeneratedRegex(@"\s*\(\s*(?:cơ\s+quan\s+|đơn\s+vị\s+|bộ\s+phận\s+)?(?:thường\s+trực|đầu\s+mối|tham\s+mưu)(?:\s+(?:về\s+)?(?:CCHC|cải\s+cách\s+hành\s+chính))?\s*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleNote();

    /// <summary>Bulleted items, and a new item at each line that starts with a unit's name in capitals ("Phòng Tư pháp" /
    /// "Phòng Nội vụ") unless the line before leaves the name open ("Văn phòng HĐND và" / "UBND xã").</summary>
    private static List<string> UnitLines(IReadOnlyList<string> lines)
    {
        var items = new List<List<string>>();
        foreach (var raw in lines)
        {
            var line = PhraseKit.Collapse(raw);
            if (line.Length == 0)
            {
                continue;
            }

            var startsUnit = items.Count > 0 && StrongUnitHead().IsMatch(line) && !OpenEnd().IsMatch(items[^1][^1])
                             && Vocabulary.StartsWithUnit(PhraseKit.Fold(items[^1][0])) && string.Join(' ', items[^1]).Split(' ').Length >= 2;
            if (items.Count == 0 || IsBullet(line) || startsUnit)
            {
                items.Add([]);
            }

            items[^1].Add(line);
        }

        return items.Select(i => Clean(LineJoin.Join(i))).Where(s => s.Length > 0).ToList();
    }

    /// <summary>
    /// A unit cell's paragraphs as the author broke them: a paragraph that begins a unit's name after a paragraph that
    /// completes one starts a new item ("Văn phòng HĐND và UBND xã" / "Công chức Văn phòng – Thống kê"), marked as a
    /// bulleted line. A printed line wrap is not such a break, so only cells whose lines are paragraphs come here.
    /// </summary>
    public static List<string> UnitParagraphs(IReadOnlyList<string> paragraphs)
    {
        var result = new List<string>();
        var item = "";
        foreach (var raw in paragraphs)
        {
            var line = PhraseKit.Collapse(raw);
            if (line.Length == 0)
            {
                continue;
            }

            var split = item.Length > 0 && !IsBullet(line) && CompleteUnit(item) && UnitStart(line);
            result.Add(split ? "- " + line : line);
            item = item.Length == 0 || split || IsBullet(line) ? line : item + " " + line;
        }

        return result;
    }

    private static bool CompleteUnit(string item) =>
        Vocabulary.StartsWithUnit(PhraseKit.Fold(item)) && item.Split(' ').Length >= 2 && !OpenParagraphEnd().IsMatch(item);

    private static bool UnitStart(string line) =>
        char.IsUpper(line[0]) && Vocabulary.StartsWithUnit(PhraseKit.Fold(line)) && line.Split(' ').Length >= 2;

    public static List<string> Outputs(IReadOnlyList<string> lines)
    {
        var result = new List<string>();
        foreach (var item in Bullets(lines).SelectMany(SplitInlineBullets))
        {
            // ";" separates products, but not a clause that goes on in lower case ("… cấp huyện 90%; cấp xã 80%").
            var parts = new List<string>();
            foreach (var part in item.Split(';'))
            {
                var t = part.TrimStart();
                if (parts.Count > 0 && (t.Length == 0 || !char.IsUpper(t[0])))
                {
                    parts[^1] += ";" + part;
                }
                else
                {
                    parts.Add(part);
                }
            }

            foreach (var part in parts)
            {
                result.AddRange(SplitCommas(part, unit: false));
            }
        }

        return result.Select(Clean).Where(s => s.Length > 0).ToList();
    }

    private static IEnumerable<string> SplitInlineBullets(string item) => InlineBullet().Split(item);

    private static List<string> SplitCommas(string text, bool unit)
    {
        var parts = text.Split(',');
        var result = new List<string> { parts[0] };
        for (var i = 1; i < parts.Length; i++)
        {
            var after = PhraseKit.Fold(parts[i].Trim());
            var before = result[^1];
            bool split;
            if (unit)
            {
                split = after.Contains(' ', StringComparison.Ordinal) && Vocabulary.StartsWithUnit(after) && !NotAUnitAfterComma.Any(n => after.StartsWith(n, StringComparison.Ordinal))
                        && Vocabulary.StartsWithUnit(PhraseKit.Fold(before.Trim()));
            }
            else
            {
                split = Vocabulary.StartsWithOutput(after) && before.Trim().Split(' ').Length <= 6 && !after.StartsWith("so ", StringComparison.Ordinal);
            }

            if (split)
            {
                result.Add(parts[i]);
            }
            else
            {
                result[^1] = before + "," + parts[i];
            }
        }

        return result;
    }

    private static bool IsBullet(string line) => line[0] is '-' or '+' or '•' or '–' or '*';

    /// <summary>Bullet markers and trailing punctuation removed; inner text as printed.</summary>
    public static string Clean(string item)
    {
        var s = item.AsSpan().Trim();
        while (s.Length > 0 && s[0] is '-' or '+' or '•' or '–' or '*' or ' ')
        {
            s = s[1..];
        }

        s = s.TrimEnd(" ;,.").Trim();
        return s.Length == item.Length ? item : s.ToString();
    }

    /// <summary>A sub-row's text without its sub-number ("2.1. Rà soát …" → "Rà soát …"): the number marks the sub-row.</summary>
    public static string WithoutSubNumber(string text) => SubNumber().Replace(text, "");

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})+\.?\s+(?=\S)")]
    private static partial Regex SubNumber();

    [GeneratedRegex(@"^(Phòng|Sở|UBND|Ủy ban|Uỷ ban|Văn phòng|Trung tâm|Công an|Chi cục|Ban Chỉ huy|Đảng ủy|Đảng uỷ|Mặt trận|Các phòng|Các cơ quan|Các đơn vị)\s+\S")]
    private static partial Regex StrongUnitHead();

    [GeneratedRegex(@"(\b(và|của|các|thuộc|cấp|tỉnh|huyện|xã|với|phòng|tâm|ban|cục)|[,&\-–/(])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnd();

    /// <summary>A paragraph that leaves a name open: a joining word or a bare head noun at its end ("Văn phòng", "Trung tâm").</summary>
    [GeneratedRegex(@"(\b(và|của|các|thuộc|cấp|với|phòng|tâm|ban|cục|chức)|[,:&\-–/(])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenParagraphEnd();

    [GeneratedRegex(@"(?<=[;.])\s*-\s*(?=\p{Lu})")]
    private static partial Regex InlineBullet();
}
