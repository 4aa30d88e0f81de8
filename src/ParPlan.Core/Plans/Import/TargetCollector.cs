using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Finds the numeric targets of a plan: body paragraphs and bullets (with the area of the section they sit in) and the
/// cells of every task. Identical (indicator, level, value) repeats are kept once; a body and a table target about the
/// same indicator with different values is reported as a disagreement.
/// </summary>
internal static partial class TargetCollector
{
    private sealed record Found(PlanTarget Target, bool FromBody, HashSet<string> Words, string Source, string Cell);

    public static IReadOnlyList<PlanTarget> Collect(IReadOnlyList<string> bodyLines, IReadOnlyList<PlanTask> tasks, int year, List<ImportWarning> warnings)
    {
        var found = new List<Found>();
        foreach (var (text, hint, source) in BodyParagraphs(bodyLines))
        {
            Add(found, Extract(text, hint, source, year), fromBody: true, $"{source}#{found.Count}#{text.Length}");
        }

        foreach (var task in tasks)
        {
            var cells = new List<string> { task.Title };
            if (task.Objective is not null)
            {
                cells.Add(task.Objective);
            }

            cells.AddRange(task.Activities);
            cells.AddRange(task.Outputs);
            var index = 0;
            foreach (var cell in cells.Distinct(StringComparer.Ordinal))
            {
                Add(found, Extract(cell, task.Area, $"task {task.Ref}", year), fromBody: false, $"task {task.Ref}#{index++}");
            }
        }

        foreach (var body in found.Where(f => f.FromBody))
        {
            foreach (var table in found.Where(f => !f.FromBody && f.Target.Level == body.Target.Level && f.Target.Unit == body.Target.Unit))
            {
                if (table.Target.Value != body.Target.Value && Jaccard(body.Words, table.Words) >= 0.3)
                {
                    warnings.Add(ImportWarning.Of(ImportWarningCodes.TargetsDisagree, body.Target.Source ?? "", $"{body.Target.Comparator}{body.Target.Value}{body.Target.Unit}", table.Target.Source ?? "", $"{table.Target.Comparator}{table.Target.Value}{table.Target.Unit}", Short(body.Target.Text)));
                }
            }
        }

        return found.Select(f => f.Target).ToList();
    }

    /// <summary>A target needs a number with a percent sign or a target cue; most sentences have neither.</summary>
    private static bool MayHoldTarget(string text)
    {
        if (!text.Any(char.IsDigit))
        {
            return false;
        }

        if (text.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var f = PhraseKit.Fold(text);
        return Cue().IsMatch(f);
    }

    private static IReadOnlyList<PlanTarget> Extract(string text, AreaCode? hint, string source, int year) =>
        MayHoldTarget(text) ? PhraseKit.ExtractTargets(text, hint, source, year) : [];

    [GeneratedRegex(@"toi thieu|it nhat|tro len|khong qua|khong duoi|giam|tang|dat\s+\d|tren\s+\d|duoi\s+\d|phan dau|ti le|ty le|so luong|trieu|ty dong|dong\b|\d+\s*(doanh nghiep|sang kien|bien che|nguoi|ho so|lop|cuoc|dot|luot|mo hinh)")]
    private static partial Regex Cue();

    private static void Add(List<Found> found, IReadOnlyList<PlanTarget> targets, bool fromBody, string cell)
    {
        foreach (var t in targets)
        {
            var words = Words(t.Text);
            var source = t.Source ?? "";
            var same = found.FirstOrDefault(f => f.Cell != cell && f.Target.Value == t.Value && f.Target.Level == t.Level && f.Target.Comparator == t.Comparator
                                                 && f.Target.Unit == t.Unit
                                                 && (Jaccard(f.Words, words) >= 0.6 || (f.Source != source && Similarity(f.Words, words) >= 0.7)));
            if (same is not null)
            {
                continue;
            }

            found.Add(new Found(t, fromBody, words, source, cell));
        }
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";

    private static readonly char[] WordSeparators = [' ', ',', ';', '.', ':', '(', ')'];

    private static HashSet<string> Words(string text) =>
        PhraseKit.FoldFull(text).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && !char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var common = a.Count(b.Contains);
        var union = a.Count + b.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / Math.Min(a.Count, b.Count);
    }

    /// <summary>Body text as paragraphs (a bullet, a numbered item, or lines up to a sentence end), each with its section's area.</summary>
    private static IEnumerable<(string Text, AreaCode? Hint, string Source)> BodyParagraphs(IReadOnlyList<string> lines)
    {
        AreaCode? hint = null;
        var section = "";
        var item = "";
        var current = new List<string>();
        foreach (var raw in lines)
        {
            var line = PhraseKit.Collapse(raw);
            if (line.Length == 0 || Text.VietText.IsPageNumberLine(line))
            {
                continue;
            }

            var roman = RomanSection().Match(line);
            var numbered = NumberedItem().Match(line);
            var startsNew = roman.Success || numbered.Success || line[0] is '-' or '+' or '•' or '–' or '*';
            if (startsNew && current.Count > 0)
            {
                yield return (LineJoin.Join(current), hint, Source(section, item));
                current.Clear();
            }

            if (roman.Success)
            {
                section = roman.Groups[1].Value;
                item = "";
                hint = null;
            }
            else if (numbered.Success && numbered.Groups[2].Value.Length < 200)
            {
                item = numbered.Groups[1].Value;
                hint = PhraseKit.Fold(numbered.Groups[2].Value).Contains("chi tieu", StringComparison.Ordinal) ? null : PhraseKit.AreaFromHeading(numbered.Groups[2].Value);
            }

            current.Add(line);
            if (current.Sum(l => l.Length) > 1500 || (line.EndsWith('.') && !line.EndsWith("..", StringComparison.Ordinal)))
            {
                yield return (LineJoin.Join(current), hint, Source(section, item));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            yield return (LineJoin.Join(current), hint, Source(section, item));
        }
    }

    private static string Source(string section, string item) =>
        section.Length == 0 ? "body" : item.Length == 0 ? $"body {section}" : $"body {section}.{item}";

    [GeneratedRegex(@"^([IVX]{1,5})\.\s+\S")]
    private static partial Regex RomanSection();

    [GeneratedRegex(@"^(\d{1,2})\.\s+(\S.*)$")]
    private static partial Regex NumberedItem();
}
