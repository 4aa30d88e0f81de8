using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Surveys;
using ParPlan.Data;

namespace ParPlan.Features.Surveys;

/// <summary>Replaces a campaign's question set, while it has no response (answers are keyed by question code, so a
/// question cannot change under stored answers). Only those who may change the campaign; anyone else gets not-found.</summary>
public sealed class SurveyQuestionCommands(AppDbContext db, SurveyQueries queries)
{
    public const string Locked = "Đợt khảo sát đã có phiếu trả lời nên không sửa được bộ câu hỏi; tạo đợt khảo sát mới nếu cần bộ câu hỏi khác.";

    public async Task<Result<int>> SaveAsync(ClaimsPrincipal user, Guid id, IReadOnlyList<SurveyQuestionDraft> drafts, CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is null) return Error.NotFound(SurveyQueries.NotFound);
        if (await queries.ResponseCountAsync(id, ct) > 0) return Error.Conflict(Locked);
        var cleaned = drafts.Select(d => d with { Code = d.Code.Trim(), Text = d.Text.Trim() }).ToList();
        var problems = SurveyQuestionRules.Check(cleaned);
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems));

        var existing = await db.Set<SurveyQuestion>().Where(q => q.CampaignId == id).ToListAsync(ct);
        var byCode = existing.ToDictionary(q => q.Code, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var d = cleaned[i];
            if (!byCode.Remove(d.Code, out var row))
            {
                row = new SurveyQuestion { CampaignId = id, Code = d.Code };
                db.Add(row);
            }

            (row.Order, row.Element, row.Text, row.ScaleMax, row.SatisfiedFrom) = (i, d.Element, d.Text, d.ScaleMax, d.SatisfiedFrom);
        }

        db.RemoveRange(byCode.Values);
        await db.SaveChangesAsync(ct);
        return cleaned.Count;
    }
}
