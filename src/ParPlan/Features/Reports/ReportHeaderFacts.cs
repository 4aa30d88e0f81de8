using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>
/// The issuer, number code, place, signature and recipients of a report's Decree 30 document, from the organisation
/// tree: a government issues "BC-UBND" on behalf of its people's committee ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH") under
/// its own name; an agency issues "BC-{its initials}" under its government's name. The report goes to the receiving
/// level ("(báo cáo)"): an agency's to its government's standing agency, a government's to the government above (and
/// its standing agency), the top government's to the regime's receiving body.
/// </summary>
public sealed class ReportHeaderFacts(AppDbContext db, OrgTree tree, ReportUnits units, ReportRegimes regimes, TimeProvider time)
{
    public async Task<HeaderFacts> ForAsync(ReportView view, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var unit = await units.FindAsync(view.UnitId, ct) ?? new UnitInfo(view.UnitId, "", view.UnitName, UnitKind.Department);
        var government = unit.IsGovernment ? unit : await units.FindAsync(view.GovernmentId, ct) ?? unit;
        var place = GovernmentNames.Place(government.Name);
        var recipients = new List<string>();
        Guid? receiver = unit.IsGovernment
            ? await tree.ParentOfAsync(unit.Id, today, ct) is { } parent ? await tree.GovernmentOfAsync(parent, today, ct) : null
            : government.Id;
        if (receiver is { } r && await units.FindAsync(r, ct) is { } upper)
        {
            if (unit.IsGovernment)
            {
                recipients.Add(GovernmentNames.IssuingBody(upper.Name) + " (báo cáo)");
            }

            if (await StandingAgencyAsync(r, today, ct) is { } agency)
            {
                recipients.Add(agency + (unit.IsGovernment ? "" : " (báo cáo)"));
            }
            else if (!unit.IsGovernment)
            {
                recipients.Add(GovernmentNames.IssuingBody(upper.Name) + " (báo cáo)");
            }
        }
        else
        {
            var regime = await regimes.FindAsync(view.GovernmentId, view.Regime, ct);
            recipients.Add((regime?.ReceivingBody ?? "Cơ quan cấp trên") + " (báo cáo)");
        }

        if (unit.IsGovernment)
        {
            var drafting = await StandingAgencyAsync(unit.Id, today, ct) is { } own ? Initials(own) : "VP";
            return new HeaderFacts(null, GovernmentNames.IssuingBody(unit.Name), unit.Name, "BC-UBND", place, unit.Code,
                Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""), new Recipients(recipients, drafting));
        }

        return new HeaderFacts(GovernmentNames.IssuingBody(government.Name), unit.Name, unit.Name, "BC-" + Initials(unit.Name), place, unit.Code,
            new Signature("", "", "Thủ trưởng cơ quan", ""), new Recipients(recipients, Initials(unit.Name)));
    }

    private async Task<string?> StandingAgencyAsync(Guid governmentId, DateOnly today, CancellationToken ct) =>
        await db.StandingAgencies.AsNoTracking()
            .Where(s => s.GovernmentId == governmentId && (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today))
            .Join(db.Units.AsNoTracking(), s => s.AgencyId, u => u.Id, (s, u) => u.Name)
            .FirstOrDefaultAsync(ct);

    /// <summary>"Sở Nội vụ" → "SNV": the capital initials of the words, without diacritics.</summary>
    public static string Initials(string name)
    {
        var sb = new StringBuilder();
        foreach (var word in name.Split([' ', '-', ',', '&'], StringSplitOptions.RemoveEmptyEntries))
        {
            var first = word[0] is 'đ' or 'Đ' ? 'D' : word.Normalize(NormalizationForm.FormD)[0];
            if (char.IsLetter(first))
            {
                sb.Append(char.ToUpperInvariant(first));
            }
        }

        return sb.Length == 0 ? "DV" : sb.ToString();
    }
}
