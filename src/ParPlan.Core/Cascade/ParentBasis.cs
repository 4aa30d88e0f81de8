using System.Text;

namespace ParPlan.Core.Cascade;

/// <summary>The plan's "Căn cứ …" / "Thực hiện …" lines: the upper-level documents it carries out, as written (D0
/// "Thực hiện Kế hoạch số 239/KH-UBND ngày 20/12/2024 của UBND tỉnh"; D2 "Thực hiện … Quyết định số 3300/QĐ-UBND …").</summary>
public static class ParentBasis
{
    public const int MaxLength = 1000;

    /// <summary>The first paragraph opening with "Căn cứ" or "Thực hiện" and the lines that follow it up to a blank line
    /// or a section heading, joined with single spaces and clipped to <see cref="MaxLength"/>; null when there is none.</summary>
    public static string? Extract(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        var scanned = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (text.Length == 0)
            {
                if (++scanned > 80)
                {
                    return null;
                }

                if (line.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Thực hiện", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(line);
                }

                continue;
            }

            if (line.Length == 0 || IsHeading(line) || text.Length >= MaxLength)
            {
                break;
            }

            text.Append(' ').Append(line);
        }

        var result = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return result.Length == 0 ? null : result.Length <= MaxLength ? result : result[..MaxLength];
    }

    /// <summary>The candidates whose number the basis cites ("số 15/KH-UBND"), compared without spaces or case; a
    /// number inside a longer one ("115/KH-UBND") does not count.</summary>
    public static IReadOnlyList<T> Cited<T>(string? basis, IEnumerable<T> candidates, Func<T, string?> number)
    {
        if (string.IsNullOrWhiteSpace(basis))
        {
            return [];
        }

        var folded = Fold(basis);
        return candidates.Where(c => number(c) is { Length: > 0 } n && Contains(folded, Fold(n))).ToList();
    }

    private static bool Contains(string text, string number)
    {
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var end = at + number.Length;
            var after = end >= text.Length ? ' ' : text[end];
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after) && after != '/' && after != '-')
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string text) =>
        new(text.Replace('Đ', 'D').Replace('đ', 'd').ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) || c == ' ').ToArray()
            .AsSpan().ToString().Replace(" /", "/", StringComparison.Ordinal).Replace("/ ", "/", StringComparison.Ordinal)
            .Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal));

    private static bool IsHeading(string line) =>
        line.Length > 2 && (line.StartsWith("I.", StringComparison.Ordinal) || line.StartsWith("I ", StringComparison.Ordinal)
            || line.StartsWith("II.", StringComparison.Ordinal) || line.StartsWith("Điều", StringComparison.Ordinal)
            || line.StartsWith("KẾ HOẠCH", StringComparison.Ordinal) || line.StartsWith("QUYẾT ĐỊNH", StringComparison.Ordinal));
}
