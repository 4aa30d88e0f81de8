using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// One unit cell that names both roles with labels ("Chủ trì: Phòng Văn hóa - Xã hội" / "Phối hợp:" / "- Các thôn;"), as
/// plans print it under a single "Đơn vị thực hiện" or "Người/Bộ phận thực hiện" column: what follows "Chủ trì:" is the
/// lead and what follows "Phối hợp:" the support, whichever column the cell was read into.
/// </summary>
internal static partial class LabelledUnits
{
    /// <summary>The cell's lines split by their labels, without the labels; null when the cell does not open with one.</summary>
    public static (List<string> Lead, List<string> Support)? Split(IReadOnlyList<string> lines)
    {
        List<string> lead = [], support = [];
        List<string>? current = null;
        foreach (var raw in lines)
        {
            var line = PhraseKit.Collapse(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (Label().Match(line) is { Success: true } m)
            {
                current = m.Groups["role"].Value.StartsWith("ch", StringComparison.OrdinalIgnoreCase) ? lead : support;
                if (m.Groups["rest"].Value.Trim() is { Length: > 0 } rest)
                {
                    current.Add(rest);
                }

                continue;
            }

            if (current is null)
            {
                return null;
            }

            current.Add(line);
        }

        return current is null ? null : (lead, support);
    }

    [GeneratedRegex(@"^[-–•+*]?\s*(?:(?:đơn vị|cơ quan|bộ phận|người)\s+)?(?<role>chủ trì|phối hợp)\s*:\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
