using System.Text.RegularExpressions;
using ParPlan.Core.Text;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The task table's header printed again at a page break, inside the table: recognised by its text read from any of its
/// first lines on, whatever the line breaks, so a header whose number word wraps in a narrow column ("ST" / "T") is
/// skipped as a whole rather than read into the row it interrupts.
/// </summary>
internal sealed partial class RepeatedHeader
{
    private const int MinRepeatLength = 12;
    private readonly string _first;
    private readonly List<string> _lines;

    public RepeatedHeader(IReadOnlyList<string> lines, int headerStart, int headerEnd)
    {
        // A line of column numbers under the header ("(1) (2) (3)") is not printed again with it.
        _lines = Enumerable.Range(headerStart, headerEnd - headerStart).Where(i => !TableLines.IsColumnIndexRow(lines[i]))
            .Select(i => PhraseKit.Fold(lines[i].Trim())).Where(f => f.Length > 0).ToList();
        // The line with the row-number word is the one repeated at page breaks ("TT Mục tiêu Nhiệm vụ …").
        _first = _lines.FirstOrDefault(f => TextTableHeader.StartsWithRefWord(f) || f.Contains(" stt ", StringComparison.Ordinal)) ?? _lines.FirstOrDefault() ?? "";
    }

    /// <summary>How many lines from <paramref name="i"/> on repeat the header (0: none). A repeat may leave out the
    /// header's first lines (a title over the table) but holds the rest of it, at least a few words.</summary>
    public int Length(IReadOnlyList<string> lines, int i)
    {
        var f = PhraseKit.Fold(lines[i].Trim());
        if (f.Length == 0)
        {
            return 0;
        }

        if (f == _first || (f.Length > 20 && _first.Length > 20 && f.StartsWith(_first[..20], StringComparison.Ordinal)))
        {
            return Whole(lines, i, _lines.IndexOf(_first)) is var n and > 0 ? n : 1;
        }

        for (var k = 0; k < _lines.Count; k++)
        {
            if (_lines[k] == f && Whole(lines, i, k) is var n and > 0)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>Lines from <paramref name="i"/> whose words are the header's from its line <paramref name="k"/> to its end.</summary>
    private int Whole(IReadOnlyList<string> lines, int i, int k)
    {
        if (k < 0)
        {
            return 0;
        }

        var rest = string.Join(' ', _lines.Skip(k));
        if (rest.Length < MinRepeatLength || k + 1 >= _lines.Count)
        {
            return 0;
        }

        var read = "";
        for (var j = i; j < lines.Count && read.Length < rest.Length; j++)
        {
            var f = PhraseKit.Fold(lines[j].Trim());
            if (f.Length == 0)
            {
                continue;
            }

            read = read.Length == 0 ? f : read + " " + f;
            if (!rest.StartsWith(read, StringComparison.Ordinal))
            {
                return 0;
            }

            if (read.Length == rest.Length)
            {
                return j - i + 1;
            }
        }

        return 0;
    }

    /// <summary>A bare number that finishes what the line before left open in a narrow cell: the last figures of a
    /// date's year ("15/02/202" / "7") or the last item of a list of numbers ("Tháng 3, 6, 9," / "12").</summary>
    private static bool CompletesLineBefore(IReadOnlyList<string> lines, int i)
    {
        var j = i - 1;
        while (j >= 0 && lines[j].Trim().Length == 0)
        {
            j--;
        }

        if (j < 0)
        {
            return false;
        }

        var before = lines[j].TrimEnd();
        return LineNoise.FinishesYear(before, lines[i]) || OpenNumberList().IsMatch(before);
    }

    /// <summary>A bare number is a page number when a repeated header follows it or when it breaks the row sequence.</summary>
    public bool IsPageNumber(IReadOnlyList<string> lines, int i, int lastNumber, int runOn)
    {
        var n = int.Parse(lines[i].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        for (var j = i + 1; j < lines.Count && j < i + 4; j++)
        {
            if (lines[j].Trim().Length == 0)
            {
                continue;
            }

            if (Length(lines, j) > 0)
            {
                return true;
            }

            break;
        }

        if (CompletesLineBefore(lines, i))
        {
            return false;
        }

        return !TextTableReader.Next(n, null, lastNumber, runOn) && !(n == 1 && lastNumber == 0);
    }

    [GeneratedRegex(@"\d{1,2},$")]
    private static partial Regex OpenNumberList();
}
