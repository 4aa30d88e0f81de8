using ParPlan.Core.Text;

namespace ParPlan.Core.Cascade;

/// <summary>Proposes, for each task of an imported child plan, the parent task it most likely carries out: a task of
/// the same area (when both have one) whose wording is most alike (Dice coefficient over the folded words, common
/// function words left out), when at least <see cref="Threshold"/>. The officer confirms.</summary>
public static class LinkProposer
{
    public const double Threshold = 0.3;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "va", "cac", "cua", "cho", "trong", "tren", "theo", "voi", "nam", "tai", "de", "do", "la", "co", "duoc", "nhung", "ve", "thuc", "hien",
    };

    public static IReadOnlyList<LinkProposal> Propose(IReadOnlyList<TaskText> children, IReadOnlyList<TaskText> parents)
    {
        var parentWords = parents.Select(p => (Task: p, Words: Words(p.Title))).ToList();
        var result = new List<LinkProposal>();
        foreach (var child in children)
        {
            var words = Words(child.Title);
            var best = parentWords
                .Where(p => child.Area is null || p.Task.Area is null || child.Area == p.Task.Area)
                .Select(p => (p.Task, Score: Dice(words, p.Words)))
                .OrderByDescending(p => p.Score).FirstOrDefault();
            if (best.Task is not null && best.Score >= Threshold)
            {
                result.Add(new LinkProposal(child.Id, best.Task.Id, Math.Round(best.Score, 3)));
            }
        }

        return result;
    }

    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    public static IReadOnlySet<string> Words(string title) =>
        VietText.Fold(title).Split([' ', ',', ';', '.', ':', '(', ')', '-', '/', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && !Common.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
