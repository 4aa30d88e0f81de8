using ParPlan.Core.Plans.Matching;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>The matcher and candidates of one government at one date.</summary>
public sealed class PlanUnitContext(Guid governmentId, DateOnly asOf, UnitMatcher matcher, IReadOnlyList<MatchCandidate> candidates,
    IReadOnlyDictionary<Guid, string> names, OrgGroups groups)
{
    private readonly Dictionary<Guid, IReadOnlyList<Guid>> members = [];

    public Guid GovernmentId => governmentId;

    public DateOnly AsOf => asOf;

    public IReadOnlyList<MatchCandidate> Candidates => candidates;

    public string NameOf(Guid id) => names.TryGetValue(id, out var name) ? name : id.ToString();

    /// <summary>Resolves <paramref name="text"/>; <paramref name="choice"/> (from the review screen) overrides the matcher.</summary>
    public async Task<ResolvedName> ResolveAsync(string text, ImportChoice? choice = null, CancellationToken ct = default)
    {
        var match = choice switch
        {
            { Ignore: true } => new UnitMatch(text, MatchHow.Ignored, null, 1),
            { TargetId: { } id } when candidates.FirstOrDefault(c => c.Id == id) is { } picked => new UnitMatch(text, MatchHow.Remembered, picked, 1),
            _ => matcher.Match(text),
        };
        if (match.Candidate is not { } candidate)
        {
            return new ResolvedName(text, match, [], null);
        }

        return candidate.Kind switch
        {
            MatchTargetKind.Unit => new ResolvedName(text, match, [candidate.Id], null),
            MatchTargetKind.OpenGroup => new ResolvedName(text, match, [], candidate.Id),
            _ => new ResolvedName(text, match, await MembersAsync(candidate.Id, ct), candidate.Id),
        };
    }

    private async Task<IReadOnlyList<Guid>> MembersAsync(Guid groupId, CancellationToken ct)
    {
        if (!members.TryGetValue(groupId, out var ids))
        {
            var result = await groups.ResolveAsync(groupId, asOf, ct);
            ids = result.Value ?? [];
            members[groupId] = ids;
        }

        return ids;
    }
}
