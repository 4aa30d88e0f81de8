using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>Line-level recognisers for task tables in flattened text: group headings, row numbers, totals, noise.</summary>
internal static partial class TableLines
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    public static int RomanValue(string s) => Array.IndexOf(Romans, s.ToUpperInvariant()) + 1;

    /// <summary>The number of a heading numbered in Arabic figures with a capital after it ("1. Công tác chỉ đạo, điều
    /// hành"), or null; whether it is a group row is for the reader to say.</summary>
    public static int? ArabicGroupNumber(string heading) => ArabicGroupHeading().Match(heading) is { Success: true } m
        ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    /// <summary>A group heading, or null. <paramref name="current"/> is the enclosing group (for lettered sub-groups).</summary>
    public static RawGroup? Group(string line, RawGroup? current) => InPart(GroupHeading(line, current), current);

    private static RawGroup? GroupHeading(string line, RawGroup? current)
    {
        var t = PhraseKit.Collapse(line);
        if (t.Length < 3 || t.Length > 220)
        {
            return null;
        }

        var m = RomanHeading().Match(t);
        if (m.Success && RomanValue(m.Groups[1].Value) > 0 && MostlyUpper(m.Groups[2].Value))
        {
            return Make(t, RomanValue(m.Groups[1].Value), null, false);
        }

        if (m.Success && char.IsUpper(m.Groups[1].Value[0]) && RomanValue(m.Groups[1].Value) is var roman and > 0
            && roman == (current is null ? 1 : current.Number + 1) && SentenceHeading(m.Groups[2].Value)
            && PhraseKit.AreaFromHeading(m.Groups[2].Value) is not null)
        {
            // "II Cải cách thể chế": the next Roman number in the TT cell and a reform area's name in sentence case beside it.
            return Make($"{m.Groups[1].Value}. {m.Groups[2].Value}", roman, null, false);
        }

        m = NamedHeading().Match(t);
        if (m.Success)
        {
            var n = int.TryParse(m.Groups[2].Value, out var k) ? k : RomanValue(m.Groups[2].Value);
            if (n > 0)
            {
                return Make(t, n, null, false);
            }
        }

        m = ArabicUpperHeading().Match(t);
        if (m.Success && MostlyUpper(m.Groups[2].Value) && PhraseKit.AreaFromHeading(m.Groups[2].Value) is not null)
        {
            return Make(t, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), null, false);
        }

        m = LetterHeading().Match(t);
        if (m.Success && TopLevelPart(m.Groups[1].Value, m.Groups[2].Value, current))
        {
            return Part(t, m.Groups[1].Value);
        }

        if (!m.Success && current is not null)
        {
            // A capital letter without its stop ("A Kiểm soát thủ tục hành chính"), as a TT cell and its title flatten.
            m = BareLetterHeading().Match(t);
        }

        // A lower-case "a)" line in sentence case is a part of the open task's title cell ("a) Ban hành …;"), not a
        // sub-group: sub-groups are lettered in capitals, or a lower-case letter heads a title written in capitals.
        if (m.Success && current is not null
            && (MostlyUpper(m.Groups[2].Value) || (char.IsUpper(m.Groups[1].Value[0]) && SentenceHeading(m.Groups[2].Value))))
        {
            return current with { Heading = t, Letter = m.Groups[1].Value.ToUpperInvariant(), IsSubGroup = true, StatedCount = StatedCount(t) };
        }

        return null;
    }

    /// <summary>A group row of a real table whose TT cell holds the number: a Roman numeral (area group) or, under a
    /// group, a letter (sub-group). The title may be in any case.</summary>
    public static RawGroup? GroupFromCells(string number, string title, RawGroup? current) =>
        InPart(GroupCells(number, title, current), current);

    private static RawGroup? GroupCells(string number, string title, RawGroup? current)
    {
        var n = PhraseKit.Collapse(number).TrimEnd('.', ')', ':');
        var t = PhraseKit.Collapse(title);
        if (t.Length < 3 || t.Length > 220 || n.Length == 0)
        {
            return null;
        }

        if (RomanValue(n) > 0 && (n.Length > 1 || n is "I" or "V" or "X"))
        {
            return Make($"{n}. {t}", RomanValue(n), null, false);
        }

        if (LetterHeading().IsMatch(n + ". x") && TopLevelPart(n, t, current))
        {
            return Part($"{n}. {t}", n);
        }

        return current is not null && LetterHeading().IsMatch(n + ". x")
            ? current with { Heading = $"{n}. {t}", Letter = n.ToUpperInvariant(), IsSubGroup = true, StatedCount = StatedCount(t) }
            : null;
    }

    /// <summary>Whether a lettered heading opens a top-level part ("A. NHIỆM VỤ TRỌNG TÂM", "B. NHIỆM VỤ CỤ THỂ") rather
    /// than a sub-group of the Roman group above: a capital letter and a title in capitals, and either the table's first
    /// heading lettered "A", the letter after the open part's, or the letter after the part of a Roman group that has no
    /// lettered sub-groups of its own.</summary>
    private static bool TopLevelPart(string letter, string title, RawGroup? current)
    {
        if (letter.Length != 1 || !char.IsUpper(letter[0]) || !MostlyUpper(title))
        {
            return false;
        }

        return current is null
            ? letter == "A"
            : current.Part is { } part && (current.IsPart || current.Letter is null) && letter[0] == part[0] + 1;
    }

    private static RawGroup Part(string heading, string letter) =>
        new(heading, PartArea(heading), 0, null, StatedCount(heading), false, letter.ToUpperInvariant());

    /// <summary>The area a part's heading names; a part of key or general tasks ("NHIỆM VỤ TRỌNG TÂM", "NHIỆM VỤ CHUNG")
    /// gathers the tasks that steer the reform as a whole (plan, inspection, reporting, propaganda), so its rows are
    /// direction tasks even when a title mentions another area's topic.</summary>
    private static AreaCode? PartArea(string heading) =>
        PhraseKit.AreaFromHeading(heading) ?? (KeyTasksPart(heading) ? AreaCode.Direction : null);

    private static bool KeyTasksPart(string heading) =>
        Regex.IsMatch(PhraseKit.Fold(heading), @"\b(trong tam|trong diem|chung)\b");

    /// <summary>A Roman group or sub-group opened inside a top-level part keeps the part's letter.</summary>
    private static RawGroup? InPart(RawGroup? g, RawGroup? current) =>
        g is { Part: null } && current?.Part is { } part ? g with { Part = part } : g;

    private static RawGroup Make(string heading, int number, string? letter, bool sub) =>
        new(heading, PhraseKit.AreaFromHeading(heading), number, letter, StatedCount(heading), sub);

    public static int? StatedCount(string heading)
    {
        var m = CountInHeading().Match(PhraseKit.Fold(heading));
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The stated total of tasks ("Tất cả có 42 nhiệm vụ", "Tổng cộng: 35 nhiệm vụ"), or null.</summary>
    public static int? StatedTotal(string line)
    {
        var m = TotalLine().Match(PhraseKit.Fold(line));
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A row start: the printed number and the rest of the line, or null.</summary>
    public static (int Number, int? Major, string Text)? RowStart(string line)
    {
        var t = line.Trim();
        var m = RowNumber().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var rest = m.Groups[3].Value;
        if (rest.Length > 0 && !(char.IsUpper(rest[0]) || rest[0] is '-' or '"' or '“' or '(' or '+' || char.IsDigit(rest[0])))
        {
            return null;
        }

        var major = m.Groups[2].Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var number = int.Parse(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (number, major, rest);
    }

    /// <summary>The row of column numbers under a header: "1 2 3 4 5 6" or "(1) (2) (3) …".</summary>
    public static bool IsColumnIndexRow(string line) => ColumnIndex().IsMatch(line.Trim());

    [GeneratedRegex(@"^(\(?\d{1,2}\)?\s+){2,}\(?\d{1,2}\)?$")]
    private static partial Regex ColumnIndex();

    public static bool IsBareNumber(string line) => BareNumber().IsMatch(line.Trim());

    public static bool IsSignatureTimestamp(string line) => Timestamp().IsMatch(line.Trim());

    /// <summary>Lines that end a task table: signature block, addressees, or a body section that is not a task group.</summary>
    public static bool EndsTable(string line)
    {
        var f = PhraseKit.Fold(line.Trim());
        if (f.StartsWith("noi nhan", StringComparison.Ordinal) || f.StartsWith("tm. ", StringComparison.Ordinal) || f.StartsWith("kt. ", StringComparison.Ordinal)
            || f.StartsWith("tm.", StringComparison.Ordinal))
        {
            return true;
        }

        var m = RomanHeading().Match(PhraseKit.Collapse(line));
        if (!m.Success && !BodySection().IsMatch(PhraseKit.Collapse(line)))
        {
            return false;
        }

        return EndWords().IsMatch(f);
    }

    /// <summary>A sub-group's title in sentence case ("A. Xây dựng và kiểm tra văn bản"): a capital first, a few words, no
    /// figure, no closing stop, no colon (a task's text or a list item would have them).</summary>
    private static bool SentenceHeading(string s)
    {
        var t = s.Trim();
        return t.Length is >= 8 and <= 90 && char.IsUpper(t[0]) && !t.Any(char.IsDigit) && !t.EndsWith('.') && !t.Contains(':', StringComparison.Ordinal)
               && t.Count(c => c == ' ') <= 12;
    }

    private static bool MostlyUpper(string s)
    {
        int upper = 0, letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 3 && upper >= letters * 0.7;
    }

    [GeneratedRegex(@"^([IVXLivxl]{1,5})\s*[.):]?\s+(\S.*)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(Nội dung|NỘI DUNG|Lĩnh vực|LĨNH VỰC|Phần|PHẦN|Nhóm|NHÓM|Nhiệm vụ|NHIỆM VỤ)\s+(\d{1,2}|[IVX]{1,4})\s*[.:\-–)]\s*(\S.*)$")]
    private static partial Regex NamedHeading();

    [GeneratedRegex(@"^(\d{1,2})\s*[.)]?\s+(\S.*)$")]
    private static partial Regex ArabicUpperHeading();

    [GeneratedRegex(@"^(\d{1,2})\s*[.)]\s+(\p{Lu}.{2,})$")]
    private static partial Regex ArabicGroupHeading();

    [GeneratedRegex(@"^([A-HĐ])\s+(\p{Lu}.*)$")]
    private static partial Regex BareLetterHeading();

    [GeneratedRegex(@"^([A-HĐa-h])\s*[.)]\s+(\S.*)$")]
    private static partial Regex LetterHeading();

    [GeneratedRegex(@"\((\d{1,3})\s*nhiem vu\)")]
    private static partial Regex CountInHeading();

    [GeneratedRegex(@"^\s*[-–]?\s*(?:tong cong|tat ca co|tong so|tong)\s*(?:co)?\s*:?\s*(\d{1,3})\s*nhiem vu")]
    private static partial Regex TotalLine();

    private static Regex RowNumber() => RowNumberPattern;

    private static readonly Regex RowNumberPattern = new(@"^(\d{1,3})(?:\.(\d{1,3})(?=[\s.)]|$))?(?:[.)])?(?:\s+(\S.*)|$)", RegexOptions.Compiled);

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^[IVX]{1,5}\.\s+\S")]
    private static partial Regex BodySection();

    [GeneratedRegex(@"kinh phi|to chuc thuc hien|che do bao cao|dieu khoan|hieu luc thi hanh|trach nhiem thi hanh|giai phap|phan cong")]
    private static partial Regex EndWords();
}
