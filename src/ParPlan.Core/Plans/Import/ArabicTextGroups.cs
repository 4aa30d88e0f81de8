using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A group row numbered in Arabic figures, in sentence case, in flattened text ("1. Công tác chỉ đạo, điều hành"):
/// a line that names a reform area, carries the next group number, and is followed by the first row of a new
/// numbering ("1", or "1.1" when the rows carry the group number). Only while the table's groups are themselves
/// Arabic-numbered (under a Roman group the same line is a sub-heading).
/// </summary>
internal static partial class ArabicTextGroups
{
    public static RawGroup? At(IReadOnlyList<string> lines, int i, RawGroup? current)
    {
        var k = i + 1;
        while (k < lines.Count && lines[k].Trim().Length == 0)
        {
            k++;
        }

        var next = k < lines.Count ? TableLines.RowStart(lines[k]) : null;
        var t = PhraseKit.Collapse(lines[i]);
        return next switch
        {
            { Number: 1, Major: null } => Heading(t, current),
            { Number: 1, Major: { } major } => DottedHeading(t, current, major),
            _ => null,
        };
    }

    /// <summary>The line alone: an Arabic-numbered heading that names a reform area and carries the next group number,
    /// while the table's groups are Arabic-numbered; or null.</summary>
    public static RawGroup? Heading(string t, RawGroup? current)
    {
        if (t.Length > 120 || TableLines.ArabicGroupNumber(t) is not { } n)
        {
            return null;
        }

        return n == Expected(current) && PhraseKit.AreaFromHeading(t) is { } area ? new RawGroup(t, area, n, null, TableLines.StatedCount(t), false) : null;
    }

    /// <summary>
    /// A heading followed straight away by row "N.1" of its own number N ("2 Cải cách thể chế" / "2.1 Rà soát …"): the
    /// rows carry the group number, so the stop after it may be missing. The words must name a reform area, be in
    /// capitals, or, once the table's first group was read this way, be a short heading without figures.
    /// </summary>
    private static RawGroup? DottedHeading(string t, RawGroup? current, int major)
    {
        var m = DottedGroupLine().Match(t);
        if (t.Length > 120 || !m.Success)
        {
            return null;
        }

        var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (n != major || n != Expected(current))
        {
            return null;
        }

        var words = m.Groups[2].Value;
        var area = PhraseKit.AreaFromHeading(t);
        var plain = words.Length <= 90 && !words.Any(char.IsDigit) && !words.TrimEnd().EndsWith(':') && !words.TrimEnd().EndsWith('.');
        var accepted = area is not null || (plain && string.Equals(words.ToUpperInvariant(), words, StringComparison.Ordinal)) || (plain && current is not null);
        return accepted ? new RawGroup(t, area, n, null, TableLines.StatedCount(t), false) : null;
    }

    /// <summary>The group number the next Arabic heading must carry: 1 first, then one more than the current Arabic
    /// group; -1 (none) under any other group.</summary>
    private static int Expected(RawGroup? current) =>
        current is null ? 1 : current.Heading.Length > 0 && char.IsDigit(current.Heading[0]) && !current.IsSubGroup ? current.Number + 1 : -1;

    [GeneratedRegex(@"^(\d{1,2})\s*[.)]?\s+(\p{Lu}.{2,})$")]
    private static partial Regex DottedGroupLine();
}
