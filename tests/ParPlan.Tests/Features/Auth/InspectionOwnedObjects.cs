using ParPlan.Core.Inspections;
using ParPlan.Data;
using ParPlan.Features.Inspections;

namespace ParPlan.Tests.Features.Auth;

/// <summary>An inspection plan of a government with one visit, for <see cref="OwnedObjects"/>.</summary>
public static class InspectionOwnedObjects
{
    public static (Guid Inspection, Guid Visit) Add(AppDbContext db, ParPlanFactory app, Guid government)
    {
        var today = VietnamTime.Today(app.Time);
        var plan = new InspectionPlan
        {
            GovernmentId = government, Year = today.Year, Title = "Kiểm tra bí mật", Kind = InspectionKind.Planned, CoverageTarget = 30,
            CreatedAt = app.Time.GetUtcNow(), CreatedBy = "admin",
        };
        var visit = new InspectionVisit { InspectionId = plan.Id, UnitId = government, Date = today, TopicsJson = """["cchc"]""", CreatedAt = app.Time.GetUtcNow(), CreatedBy = "admin" };
        db.AddRange(plan, visit);
        return (plan.Id, visit.Id);
    }
}
