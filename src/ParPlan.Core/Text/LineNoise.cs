using System.Text;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Text;

/// <summary>Recognises and removes extraction noise at line level (see DOMAIN §10).</summary>
internal static partial class LineNoise
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static bool IsPageNumberLine(string line) => PageNumber().IsMatch(line);

    public static bool IsSignatureTimestamp(string line) => Timestamp().IsMatch(line);

    public static string StripUrls(string text) => Url().Replace(text, "");

    /// <summary>
    /// Removes footnote markers glued to a word: superscript digits anywhere after a letter, and one or two plain
    /// digits right after a lower-case word of two letters or more ("hành chính2 " → "hành chính ").
    /// Codes ("76/NQ-CP", "H5N1"), years and numbers that stand apart are left alone.
    /// </summary>
    public static string StripFootnoteDigits(string text)
    {
        var withoutSuperscripts = SuperscriptAfterWord().Replace(text, "");
        return GluedFootnote().Replace(withoutSuperscripts, "${word}");
    }

    /// <summary>Joins the lines of one cell with single spaces, re-joining codes and abbreviations split at a line end.</summary>
    public static string JoinWrapped(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = VietText.CollapseWhitespace(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                if (!JoinsWithoutSpace(LastToken(sb), line))
                {
                    sb.Append(' ');
                }
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    private static string LastToken(StringBuilder sb)
    {
        var i = sb.Length;
        while (i > 0 && sb[i - 1] != ' ')
        {
            i--;
        }

        return sb.ToString(i, sb.Length - i);
    }

    private static bool JoinsWithoutSpace(string left, string next)
    {
        if (left.Length < 2)
        {
            return false;
        }

        var firstNext = next[0];
        if ((left.EndsWith('-') || left.EndsWith('/')) && CodePiece().IsMatch(left)
            && (char.IsDigit(firstNext) || char.IsUpper(firstNext)))
        {
            return true;
        }

        if (FinishesYear(left, next))
        {
            return true;
        }

        // Abbreviations joined by "&" ("HĐND&U" + "BND", "HĐND&UB" + "ND", "TN&" + "TKQ").
        return AmpersandAbbreviation().IsMatch(left) && UpperStart().IsMatch(next);
    }

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex PageNumber();

    /// <summary>Whether <paramref name="figures"/> (bare figures on the next line or token) finish the year of the date
    /// <paramref name="before"/> ends with, cut short by a narrow cell ("15/02/202" + "7", "31/12/20" + "27", "12/20" + "27").</summary>
    public static bool FinishesYear(string before, string figures)
    {
        var f = figures.Trim();
        return f.Length is > 0 and <= 3 && f.All(char.IsAsciiDigit)
            && UnfinishedYear().Match(before.TrimEnd()) is { Success: true } m && m.Groups[1].Length + f.Length == 4;
    }

    [GeneratedRegex(@"(?:^|[\s(])\d{1,2}/(?:\d{1,2}/)?(2\d{0,2})$")]
    private static partial Regex UnfinishedYear();

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\s*$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"[ \t]*(https?://|www\.)[^\s<>""]*[^\s<>"".,;:)]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex("(?<=\\p{L}[\\p{M}]*)[" + Superscripts + "]+")]
    private static partial Regex SuperscriptAfterWord();

    [GeneratedRegex(@"(?<![\p{L}\p{M}\d/\-])(?<word>\p{Ll}[\p{Ll}\p{M}]+)\d{1,2}(?=[\s.,;:)]|$)")]
    private static partial Regex GluedFootnote();

    // A code piece: digits or capitals somewhere in the token ("286/2025/NĐ-", "02-", "104-", "23/7/").
    [GeneratedRegex(@"^\(?[\p{Lu}\d][\p{Lu}\p{M}\d/.\-&]*$")]
    private static partial Regex CodePiece();

    [GeneratedRegex(@"^[\p{Lu}\p{M}]+&[\p{Lu}\p{M}]*$")]
    private static partial Regex AmpersandAbbreviation();

    [GeneratedRegex(@"^[\p{Lu}\p{M}]+(?![\p{Ll}])")]
    private static partial Regex UpperStart();
}
