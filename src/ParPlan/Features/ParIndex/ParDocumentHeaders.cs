using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Reports;

namespace ParPlan.Features.ParIndex;

/// <summary>The Decree 30 header, signature and recipients of the PAR INDEX documents, named as plans and reports name
/// them (<see cref="GovernmentNames"/>): a government's self-assessment report is "BC-UBND" under its full name; an
/// agency's is under its government's name with its own initials; the results decision is the ranking government's
/// "QĐ-UBND" draft (no number or day yet).</summary>
public sealed class ParDocumentHeaders(AppDbContext db, IOrgTree tree, OrgQueries org, TimeProvider time)
{
    public async Task<(OfficialHeader Header, Signature Signature, Recipients Recipients)> ReportAsync(Guid unitId, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var government = await tree.GovernmentOfAsync(unitId, today, ct) ?? unitId;
        var unit = await NameAsync(unitId, ct);
        var governmentName = government == unitId ? unit : await NameAsync(government, ct);
        var place = GovernmentNames.Place(governmentName);
        Recipients recipients(string drafting) => new(["Sở Nội vụ (thẩm định)"], drafting);
        if (government == unitId)
        {
            var standing = await org.StandingAgencyOfAsync(government, today, ct) is { } s ? ReportHeaderFacts.Initials(await NameAsync(s, ct)) : "VP";
            return (new OfficialHeader(null, GovernmentNames.IssuingBody(unit), "BC-UBND", place, null, today),
                Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""), recipients(standing));
        }

        var initials = ReportHeaderFacts.Initials(unit);
        return (new OfficialHeader(GovernmentNames.IssuingBody(governmentName), unit, "BC-" + initials, place, null, today),
            new Signature("", "", "Thủ trưởng cơ quan", ""), recipients(initials));
    }

    public async Task<(OfficialHeader Header, string GovernmentName, Signature Signature, Recipients Recipients)> DecisionAsync(Guid? governmentId, string issuer,
        CancellationToken ct = default)
    {
        var name = governmentId is { } g ? await NameAsync(g, ct) : issuer;
        var full = GovernmentNames.IssuingBody(name);
        var header = new OfficialHeader(null, full, "QĐ-UBND", GovernmentNames.Place(name), null, null, VietnamTime.Today(time).Year);
        var recipients = new Recipients(["Bộ Nội vụ (báo cáo)", "Sở Nội vụ", "Các đơn vị được xếp hạng", "Cổng thông tin điện tử"], "SNV");
        return (header, full, Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""), recipients);
    }

    private async Task<string> NameAsync(Guid id, CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
}
