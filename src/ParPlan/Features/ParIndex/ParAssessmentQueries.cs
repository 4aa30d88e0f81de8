using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.ParIndex;
using ParPlan.Data;

namespace ParPlan.Features.ParIndex;

/// <summary>Reads assessments: load one for a command, its view, the queue of a user's assessments.</summary>
public sealed class ParAssessmentQueries(AppDbContext db, ParAccess access, ParSetCache cache, TimeProvider time)
{
    public DateOnly Today => VietnamTime.Today(time);

    /// <summary>The assessment tracked for change, or null when it does not exist (access is the caller's).</summary>
    public async Task<ParLoaded?> LoadAsync(Guid id, CancellationToken ct = default)
    {
        var assessment = await db.Set<ParAssessment>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null) return null;
        var stored = await db.Set<ParCriteriaSet>().AsNoTracking().FirstAsync(s => s.Id == assessment.CriteriaSetId, ct);
        var items = await db.Set<ParAssessmentItem>().Where(i => i.AssessmentId == id).ToListAsync(ct);
        return new ParLoaded(assessment, stored, cache.Get(stored), items);
    }

    public async Task<Result<ParAssessmentView>> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded is null || await access.ReadAsync(user, loaded.Assessment.UnitId, ct) is not null) return ParAccess.NotFound();
        return await ViewAsync(loaded, ct);
    }

    public async Task<ParAssessmentView> ViewAsync(ParLoaded loaded, CancellationToken ct = default)
    {
        var a = loaded.Assessment;
        var itemIds = loaded.Items.Select(i => i.Id).ToList();
        var evidence = (await db.Set<ParEvidence>().AsNoTracking().Where(e => itemIds.Contains(e.ItemId)).OrderBy(e => e.CreatedAt).ToListAsync(ct))
            .ToLookup(e => e.ItemId);
        var byCode = loaded.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var views = new List<ParItemView>();
        foreach (var field in loaded.Set.Fields)
        {
            foreach (var leaf in field.SelfAndDescendants().Where(n => n.IsLeaf))
            {
                var item = byCode.GetValueOrDefault(leaf.Code) ?? new ParAssessmentItem { Code = leaf.Code };
                var proofs = evidence[item.Id].Select(e => new ParEvidenceView(e.Id, e.Title, e.FileName, e.Link, e.TaskEvidenceId,
                    e.StoredPath is not null ? $"/api/par/evidence/{e.Id}/file" : e.TaskEvidenceId is { } t ? $"/api/evidence/{t}/file" : e.Link)).ToList();
                views.Add(new ParItemView(leaf.Code, leaf.MaxPoints, item.Applicable, item.SelfScore, item.Explanation, proofs, item.ProposedScore,
                    item.AppraisedScore, item.Comment, leaf.Title, field.Code, loaded.AreaOf(leaf.Code), leaf.Rule?.Kind ?? "", leaf.Evidence,
                    item.ProposalNote, item.Round1Score, item.Reply));
            }
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        return new ParAssessmentView(a.Id, a.UnitId, a.CriteriaSetId, a.Status, a.Version, views, a.SelfTotal, a.AppraisedTotal, unitName, a.Round,
            a.SurveyPoints, a.Bonus, a.Penalty, a.AdjustmentNote, a.Index, a.Band, loaded.Stored.LockOn, Today > loaded.Stored.LockOn);
    }

    /// <summary>Recomputes the self and appraised totals of the applicable leaves (an unappraised leaf keeps its self-score).</summary>
    public static void Totals(ParLoaded loaded)
    {
        var applicable = loaded.Items.Where(i => i.Applicable).ToList();
        loaded.Assessment.SelfTotal = applicable.Sum(i => i.SelfScore ?? 0);
        loaded.Assessment.AppraisedTotal = applicable.Sum(i => i.AppraisedScore ?? i.SelfScore ?? 0);
    }

    /// <summary>The leaf scores finalisation adds up.</summary>
    public static IndexInput Input(ParLoaded loaded) => new(
        loaded.Items.ToDictionary(i => i.Code, i => new LeafScore(i.AppraisedScore ?? i.SelfScore ?? 0, i.Applicable), StringComparer.Ordinal),
        loaded.Assessment.SurveyPoints ?? 0, loaded.Assessment.Bonus, loaded.Assessment.Penalty);
}
