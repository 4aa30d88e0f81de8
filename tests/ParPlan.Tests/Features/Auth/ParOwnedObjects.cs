using ParPlan.Data;
using ParPlan.Features.ParIndex;

namespace ParPlan.Tests.Features.Auth;

/// <summary>A PAR INDEX assessment of a government (on a set imported for every government) with one item and one
/// evidence file, for <see cref="OwnedObjects"/>.</summary>
public static class ParOwnedObjects
{
    public static (Guid Assessment, Guid Evidence) Add(AppDbContext db, ParPlanFactory app, Guid government)
    {
        var today = VietnamTime.Today(app.Time);
        var set = new ParCriteriaSet
        {
            Name = "Bộ tiêu chí thử", Issuer = "UBND tỉnh Thử", Year = today.Year, Block = "commune", SetVersion = 1 + Random.Shared.Next(1_000_000),
            EffectiveFrom = new DateOnly(today.Year, 1, 1), LockOn = today.AddDays(30), Json = ParIndex.ParSample.Json(today), CreatedAt = app.Time.GetUtcNow(), CreatedBy = "admin",
        };
        var assessment = new ParAssessment { CriteriaSetId = set.Id, UnitId = government, CreatedAt = app.Time.GetUtcNow(), UpdatedAt = app.Time.GetUtcNow(), UpdatedBy = "admin" };
        var item = new ParAssessmentItem { AssessmentId = assessment.Id, Code = "1.1" };
        var relative = Path.Combine(assessment.Id.ToString("N"), "bi-mat.pdf");
        var full = Path.Combine(app.DataDirectory, "par-evidence", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var evidence = new ParEvidence { ItemId = item.Id, Title = "Bí mật", FileName = "bi-mat.pdf", StoredPath = relative, ContentType = "application/pdf", CreatedAt = app.Time.GetUtcNow(), CreatedBy = "admin" };
        db.AddRange(set, assessment, item, evidence);
        foreach (var code in new[] { "1.2", "2.1", "2.2" })
        {
            db.Add(new ParAssessmentItem { AssessmentId = assessment.Id, Code = code });
        }

        return (assessment.Id, evidence.Id);
    }
}
