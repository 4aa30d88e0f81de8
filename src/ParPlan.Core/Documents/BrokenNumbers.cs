using System.Text.RegularExpressions;

namespace ParPlan.Core.Documents;

/// <summary>
/// A date or period that a narrow printed column broke inside itself ("Trước ngày 15/01/2" / "027", "Quý III/202" / "7"):
/// Word and other writers cut a word that does not fit on a line of its own at any character. The two pieces are joined
/// back (over two lines, or three when a middle line holds only a piece: "ngày 30" / "/06/202" / "7") when the first
/// piece does not read whole and together they make a whole date, month or quarter of a year.
/// </summary>
internal static partial class BrokenNumbers
{
    public static List<string> Rejoin(List<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var left = lines[i][(lines[i].LastIndexOf(' ') + 1)..];
            if (left.Length == 0 || !Piece().IsMatch(left) || Whole().IsMatch(left))
            {
                continue;
            }

            // The date may run over three lines ("ngày 30" / "/06/202" / "7"): a middle line holds only its piece.
            var joined = left;
            for (var k = i + 1; k < lines.Count && k <= i + 2; k++)
            {
                var next = lines[k].Trim();
                var end = next.IndexOf(' ');
                var right = end < 0 ? next : next[..end];
                if (right.Length == 0 || !Piece().IsMatch(right.TrimEnd(Ends)))
                {
                    break;
                }

                joined += right;
                if (Whole().IsMatch(joined.TrimEnd(Ends)))
                {
                    lines[i] = lines[i][..^left.Length] + joined;
                    lines[k] = end < 0 ? "" : next[(end + 1)..].Trim();
                    lines.RemoveRange(i + 1, k - i - 1);
                    if (lines[i + 1].Length == 0)
                    {
                        lines.RemoveAt(i + 1);
                    }

                    break;
                }

                if (end >= 0)
                {
                    break;
                }
            }
        }

        return lines;
    }

    private static readonly char[] Ends = ['.', ',', ';', ':', ')'];

    [GeneratedRegex(@"^[\dIVX/.]+$")]
    private static partial Regex Piece();

    // 15/01/2027, 01/2027, III/2027, 2027
    [GeneratedRegex(@"^((\d{1,2}[/.]){1,2}\d{4}|[IVX]{1,4}/\d{4}|\d{4})$")]
    private static partial Regex Whole();
}
