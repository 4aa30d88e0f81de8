using ParPlan.Core.Plans;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>A plan as a Decree 30 document: "KẾ HOẠCH" and its subject, the body sections, the signature and
/// recipients, then the task table as the landscape annex "Phụ lục" (<see cref="PlanAnnex"/>).</summary>
public static class PlanDocx
{
    public static OfficialDocument Compose(PlanDocument plan, OfficialHeader header, IReadOnlyList<DocumentSection> body, Signature signature, Recipients recipients,
        IReadOnlyList<string>? legalBases = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(header);
        var title = plan.Header.Title ?? "Kế hoạch cải cách hành chính";
        var subject = title.StartsWith("Kế hoạch ", StringComparison.OrdinalIgnoreCase) ? title["Kế hoạch ".Length..] : title;
        var number = header.Number is { } n ? $"{n:00}/{header.Code}" : $"     /{header.Code}";
        var date = header.Date is { } d ? $"ngày {d.Day:00}/{d.Month:00}/{d.Year}" : "ngày      ";
        var attachment = $"(Kèm theo Kế hoạch số {number} {date} của {plan.Header.Issuer ?? header.IssuingBody})";
        var annex = PlanAnnex.From(plan, "Chi tiết các nhiệm vụ " + subject, attachment);
        return new OfficialDocument(header, "KẾ HOẠCH", Capitalise(subject), legalBases ?? [], [], body, signature, recipients, [annex]);
    }

    public static byte[] Write(PlanDocument plan, OfficialHeader header, IReadOnlyList<DocumentSection> body, Signature signature, Recipients recipients,
        IReadOnlyList<string>? legalBases = null) =>
        Decree30Writer.Write(Compose(plan, header, body, signature, recipients, legalBases));

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Decree30Format.Vi) + s[1..];
}
