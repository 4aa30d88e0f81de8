using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Text in content order prints the end of the time cell and the start of the funding cell beside it on one line when
/// both fit ("Quý II/2027 150", "Cả năm Nguồn chi", "Năm 2027 Không"): with the funding column printed right after the
/// time column and no funding read for the row, the line is cut where an amount or a capitalised funding word follows a
/// finished deadline, and the rest of the time cell goes to the funding.
/// </summary>
internal static partial class TimeFundingSplit
{
    private static readonly string[] FundingWords =
        ["nguon", "khong", "ngan sach", "kinh phi", "du toan", "nsnn", "ns ", "xa hoi hoa", "long ghep", "von ", "tu chu"];

    public static void Apply(IEnumerable<TextPendingRow> rows, IReadOnlyList<Col> columns)
    {
        var at = columns.ToList().IndexOf(Col.Time);
        if (at < 0 || at + 1 >= columns.Count || columns[at + 1] != Col.Funding)
        {
            return;
        }

        foreach (var sub in rows.SelectMany(r => r.Task.SubRows))
        {
            if (sub.Has(Col.Funding) || !sub.Cells.TryGetValue(Col.Time, out var time))
            {
                continue;
            }

            for (var k = 0; k < time.Count; k++)
            {
                if (Cut(time[k]) is var (deadline, funding))
                {
                    var rest = new List<string> { funding };
                    rest.AddRange(time.Skip(k + 1));
                    time.RemoveRange(k, time.Count - k);
                    time.Add(deadline);
                    sub.Append(Col.Funding, rest);
                    break;
                }
            }
        }
    }

    /// <summary>The deadline and the funding one line holds, or null when it holds no funding after a deadline.</summary>
    public static (string Deadline, string Funding)? Cut(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var before = PhraseKit.Fold(string.Join(' ', words[..i]));
            var after = string.Join(' ', words[i..]);
            var amount = i == words.Length - 1 && Amount().IsMatch(after) && Finished().IsMatch(before);
            var named = char.IsUpper(after[0]) && FundingWords.Any(w => (PhraseKit.Fold(after) + " ").StartsWith(w, StringComparison.Ordinal))
                && (Vocabulary.StartsWithSchedule(before) || Finished().IsMatch(before));
            if (amount || named)
            {
                return (string.Join(' ', words[..i]), after);
            }
        }

        return null;
    }

    /// <summary>An amount: "150", "1.200", "2,5"; not a year.</summary>
    [GeneratedRegex(@"^(?!(19|20)\d\d$)\d{1,3}([.,]\d{3})*([.,]\d{1,2})?$|^\d{4,6}$(?<!^(19|20)\d\d$)")]
    private static partial Regex Amount();

    /// <summary>A deadline that ends here: a year, or a whole-year or recurring phrase.</summary>
    [GeneratedRegex(@"(\d{4}|\bca nam|thuong xuyen|hang (quy|thang|nam))$")]
    private static partial Regex Finished();
}
