using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Text;

/// <summary>
/// Vietnamese text helpers for the plan importer: repair of extracted text (<see cref="Normalize"/>), a folded
/// matching key (<see cref="Fold"/>) and line-noise helpers for the structure parser.
/// </summary>
public static partial class VietText
{
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    private const string ZeroWidth = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    /// <summary>
    /// NFC, repaired combining marks, Latin look-alikes folded to Latin, zero-width characters removed and NBSP made a
    /// space. Line breaks are kept; within each line runs of spaces collapse to one and trailing spaces are trimmed.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return IsPlain(text) ? text : NormalizeSlow(text);
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> leaves the text as it is: one line of characters that the slow path leaves alone
    /// one by one (printable ASCII and precomposed Vietnamese letters, checked at start-up by running that path on each),
    /// no run of spaces and no trailing space. Precomposed letters never compose with each other, so a string of them
    /// is as stable as each one; most lines of a plan are like this and skip the Unicode normalisation round trip.
    /// </summary>
    private static bool IsPlain(string text)
    {
        var plain = PlainChars;
        var previous = '\0';
        foreach (var c in text)
        {
            if (c >= plain.Length || !plain[c] || (c == ' ' && previous == ' '))
            {
                return false;
            }

            previous = c;
        }

        return previous != ' ';
    }

    private static readonly bool[] PlainChars = BuildPlainChars();

    private static bool[] BuildPlainChars()
    {
        var plain = new bool[0x1F00];
        foreach (var (from, to) in new[] { (0x20, 0x7E), (0xC0, 0x1B0), (0x1EA0, 0x1EF9) })
        {
            for (var c = from; c <= to; c++)
            {
                var s = ((char)c).ToString();
                plain[c] = s.IsNormalized(NormalizationForm.FormC) && string.Equals(NormalizeSlow(s), s, StringComparison.Ordinal);
            }
        }

        plain[' '] = true; // a single space between words; runs and a trailing one are checked by IsPlain
        return plain;
    }

    private static string NormalizeSlow(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (ZeroWidth.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if (char.IsSurrogate(c) && !(i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1])))
            {
                sb.Append('\uFFFD');
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            sb.Append(c is '\u00A0' or '\u202F' or '\u2007' or '\t' or '\u3000' ? ' ' : c);
        }

        var cleaned = sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var repaired = Homoglyphs.Fold(VietMarks.Repair(cleaned));
        var lines = repaired.Split('\n').Select(line => SpaceRun().Replace(line, " ").TrimEnd());
        return string.Join('\n', lines);
    }

    /// <summary>All whitespace runs (line breaks included) become one space; the result is trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Most lines are already collapsed: then the text itself is the answer, with no copy.
        if (IsCollapsed(text))
        {
            return text;
        }

        Span<char> chars = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                chars[n++] = ' ';
                space = false;
            }

            chars[n++] = c;
        }

        return new string(chars[..n]);
    }

    private static bool IsCollapsed(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An accent-insensitive matching key: normalised, lower case, no diacritics, đ→d, dashes folded to "-",
    /// old/new tone placement and i/y spelling variants folded ("hoá"="hóa", "Uỷ"="Ủy", "tỷ lệ"="tỉ lệ"),
    /// whitespace collapsed.
    /// </summary>
    public static string Fold(string text)
    {
        var aligned = FoldAligned(CollapseWhitespace(Normalize(text)));
        return SyllableY().Replace(aligned, m => m.Groups["onset"].Value + "i");
    }

    /// <summary>
    /// Folds character by character so the key has the same length as <paramref name="text"/> (which should be
    /// normalised already): lower case, diacritics removed, đ→d, dashes→"-". Positions in the key are positions in the text.
    /// </summary>
    internal static string FoldAligned(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        var map = FoldMap;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            chars[i] = c < map.Length ? map[c] : FoldChar(c);
        }
    });

    /// <summary><see cref="FoldChar"/> of every character below U+2100, worked out once (it decomposes the character).</summary>
    private static readonly char[] FoldMap = BuildFoldMap();

    private static char[] BuildFoldMap()
    {
        var map = new char[0x2100];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = FoldChar((char)c);
        }

        return map;
    }

    private static char FoldChar(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (Dashes.Contains(c, StringComparison.Ordinal))
        {
            return '-';
        }

        if (c < 0x80 || char.IsSurrogate(c))
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(baseChar) == UnicodeCategory.NonSpacingMark
            ? c
            : char.ToLowerInvariant(baseChar);
    }

    /// <summary>A bare page number: a line of one to three digits.</summary>
    public static bool IsPageNumberLine(string line) => LineNoise.IsPageNumberLine(line);

    /// <summary>Removes raw http(s)/www links from the text.</summary>
    public static string StripUrls(string text) => LineNoise.StripUrls(text);

    /// <summary>Removes footnote digits glued to words, leaving years, codes and citations intact.</summary>
    public static string StripFootnoteDigits(string text) => LineNoise.StripFootnoteDigits(text);

    /// <summary>A digital-signature timestamp line such as "2026-01-13T14:43:00+0700".</summary>
    public static bool IsSignatureTimestamp(string line) => LineNoise.IsSignatureTimestamp(line);

    /// <summary>
    /// Joins the lines of a cell with single spaces, but re-joins without a space a code split after "-" or "/"
    /// ("286/2025/NĐ-" + "CP") and an abbreviation split after "&amp;" ("HĐND&amp;U" + "BND").
    /// </summary>
    public static string JoinWrapped(IEnumerable<string> lines) => LineNoise.JoinWrapped(lines);

    [GeneratedRegex(" {2,}")]
    private static partial Regex SpaceRun();

    // A syllable whose whole vowel is "y" after a consonant onset ("ty", "ky", "ly", "my", "quy"): spelled with i or y.
    [GeneratedRegex(@"\b(?<onset>[bcdghklmnpqrstvx]+|qu)y\b")]
    private static partial Regex SyllableY();
}
