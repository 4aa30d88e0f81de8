namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A group row numbered in Arabic figures, in sentence case, in flattened text ("1. Công tác chỉ đạo, điều hành"):
/// a line that names a reform area, carries the next group number, and is followed by the first row of a new
/// numbering ("1"). Only while the table's groups are themselves Arabic-numbered (under a Roman group the same
/// line is a sub-heading).
/// </summary>
internal static class ArabicTextGroups
{
    public static RawGroup? At(IReadOnlyList<string> lines, int i, RawGroup? current)
    {
        if (Heading(PhraseKit.Collapse(lines[i]), current) is not { } group)
        {
            return null;
        }

        var k = i + 1;
        while (k < lines.Count && lines[k].Trim().Length == 0)
        {
            k++;
        }

        return k < lines.Count && TableLines.RowStart(lines[k]) is { Number: 1, Major: null } ? group : null;
    }

    /// <summary>The line alone: an Arabic-numbered heading that names a reform area and carries the next group number,
    /// while the table's groups are Arabic-numbered; or null.</summary>
    public static RawGroup? Heading(string t, RawGroup? current)
    {
        if (t.Length > 120 || TableLines.ArabicGroupNumber(t) is not { } n)
        {
            return null;
        }

        var expected = current is null ? 1 : current.Heading.Length > 0 && char.IsDigit(current.Heading[0]) && !current.IsSubGroup ? current.Number + 1 : -1;
        return n == expected && PhraseKit.AreaFromHeading(t) is { } area ? new RawGroup(t, area, n, null, TableLines.StatedCount(t), false) : null;
    }
}
