using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A task's title cell that lists its parts as lettered lines under a lead-in ("Triển khai kế hoạch …" / "a) Ban hành …;"
/// / "b) Tổ chức …"): the lead-in is the title and the parts are the task's activities (nested items, DOMAIN §4.3).
/// </summary>
internal static partial class LetteredParts
{
    /// <summary>The lead-in lines and the parts without their letters, or null when the cell has no run of lettered
    /// lines "a)", "b)", … (at least two, in order) after a lead-in.</summary>
    public static (List<string> LeadIn, List<string> Parts)? Split(IReadOnlyList<string> lines)
    {
        var cell = lines.Select(PhraseKit.Collapse).Where(l => l.Length > 0).ToList();
        var start = cell.FindIndex(l => Marker().Match(l) is { Success: true } m && m.Groups[1].Value == "a");
        if (start < 1)
        {
            return null;
        }

        var parts = new List<List<string>>();
        var next = 'a';
        foreach (var line in cell.Skip(start))
        {
            if (Marker().Match(line) is { Success: true } m && m.Groups[1].Value[0] == next)
            {
                parts.Add([m.Groups[2].Value]);
                next++;
            }
            else
            {
                parts[^1].Add(line);
            }
        }

        return parts.Count < 2
            ? null
            : (cell.Take(start).ToList(), parts.Select(p => CellLists.Clean(LineJoin.Join(p))).Where(p => p.Length > 0).ToList());
    }

    [GeneratedRegex(@"^([a-hđ])\s*[).]\s+(\S.*)$")]
    private static partial Regex Marker();
}
