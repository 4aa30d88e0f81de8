using System.Text.RegularExpressions;

namespace ParPlan.Core.Targets;

/// <summary>
/// Chooses the text each target keeps: its clause when the clause holds one value; otherwise the comma pieces from after
/// the previous value up to its own (trailing pieces go to the last value). Leading connectors ("Trong đó", "trong số đó")
/// are dropped; a value inside brackets ends at the closing bracket; a piece opening with "đảm bảo" starts the text.
/// A subject-less continuation borrows its subject: "…, phấn đấu đạt trên 80%" keeps the floor's text before it, and
/// "cấp xã 80%" takes the words before the previous level ("Ký số đơn vị theo tỷ lệ: ").
/// </summary>
internal sealed partial class TargetText(string text, string key)
{
    private string? levelPrefix;
    private int? lastStart;

    public List<string> Assign(Span clause, List<ValueHit> hits)
    {
        var pieces = TargetClauses.Pieces(text, clause);
        var texts = new List<string>();
        var starts = new List<int>();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var own = PieceOf(pieces, hit.Number.Start);
            var previous = i == 0 ? -1 : PieceOf(pieces, hits[i - 1].Number.Start);
            var first = previous + 1;
            int start;
            if (previous == own)
            {
                start = hit.LevelStart ?? StretchStart(hits[i - 1].Number.End, hit.Number.Start);
            }
            else
            {
                while (first < own && Connector().IsMatch(Key(pieces[first])))
                {
                    first++;
                }

                for (var j = first + 1; j <= own; j++)
                {
                    if (Guarantee().IsMatch(Key(pieces[j])))
                    {
                        first = j;
                    }
                }

                start = pieces[first].Start;
            }

            var last = i == hits.Count - 1 ? pieces.Count - 1 : own;
            var end = Math.Max(pieces[last].End, hit.Number.End);
            end = BracketEnd(clause, hit.Number.Start) ?? end;
            end = TargetClauses.Trim(text, new Span(start, end)).End;

            var body = text[start..end];
            if (hit.Level is not null && hit.LevelStart == start && levelPrefix is not null)
            {
                body = levelPrefix + body;
            }
            else if (hit.Level is not null && hit.LevelStart > start)
            {
                levelPrefix = text[start..hit.LevelStart.Value];
            }
            else if (BorrowsSubject(key[start..hit.Number.Start].Trim(), i > 0))
            {
                // The subject is in the previous value's text, in this clause or the one before it.
                start = i > 0 ? starts[i - 1] : lastStart!.Value;
                body = text[start..end];
            }

            starts.Add(start);
            texts.Add(body);
        }

        lastStart = starts.Count > 0 ? starts[^1] : lastStart;
        return texts;
    }

    private string Key(Span span) => key[span.Start..span.End];

    /// <summary>
    /// Only cue words before the value: within a clause any cue ("đạt trên"); across clauses only "phấn đấu …",
    /// and only when an earlier clause gave a target.
    /// </summary>
    private bool BorrowsSubject(string prefix, bool sameClause) =>
        prefix.Length > 0 && SubjectLess().IsMatch(prefix)
        && (sameClause || (lastStart is not null && prefix.StartsWith("phan dau", StringComparison.Ordinal)));

    private static int PieceOf(List<Span> pieces, int position)
    {
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            if (pieces[i].Start <= position)
            {
                return i;
            }
        }

        return 0;
    }

    private int StretchStart(int previousEnd, int numberStart)
    {
        var at = key.IndexOf("phan dau", previousEnd, numberStart - previousEnd, StringComparison.Ordinal);
        return at >= 0 ? at : numberStart;
    }

    /// <summary>The end of the bracket that holds the value, when it sits inside one.</summary>
    private int? BracketEnd(Span clause, int position)
    {
        var open = text.LastIndexOf('(', position, position - clause.Start + 1);
        if (open < 0 || text.IndexOf(')', open, position - open) >= 0)
        {
            return null;
        }

        var close = text.IndexOf(')', position, clause.End - position);
        return close < 0 ? null : close + 1;
    }

    [GeneratedRegex(@"^\s*(trong (so )?do|cu the|dong thoi|trong do co|nhu sau)\s*$")]
    private static partial Regex Connector();

    [GeneratedRegex(@"^\s*(dam bao|bao dam)\b")]
    private static partial Regex Guarantee();

    // Nothing but cue words before the value: "phấn đấu đạt trên", "đạt tối thiểu".
    [GeneratedRegex(@"^\s*(phan dau\s*)?(dat\s*)?(ti le\s*|ty le\s*)?(toi thieu|it nhat|tren|duoi|tu|khong qua|toi da)?\s*$")]
    private static partial Regex SubjectLess();
}
