using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Inspections;
using ParPlan.Core.Labels;

namespace ParPlan.Features.Inspections;

/// <summary>An inspection plan and its conclusion (kết luận) as Decree 30 DOCX, through the one writer
/// (<see cref="InspectionDocx"/> → <see cref="Decree30Writer"/>). Drafts: no number, the year only.</summary>
public static class InspectionDocuments
{
    public const string PlanPart = "plan";
    public const string ConclusionPart = "conclusion";

    public static byte[] Docx(InspectionView view, string part)
    {
        ArgumentNullException.ThrowIfNull(view);
        var data = Data(view);
        var conclusion = part == ConclusionPart;
        var header = new OfficialHeader(null, GovernmentNames.IssuingBody(view.GovernmentName), conclusion ? "KL-UBND" : "KH-UBND",
            GovernmentNames.Place(view.GovernmentName), null, null, view.Year);
        var signature = Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", "");
        return conclusion ? InspectionDocx.WriteConclusion(data, header, signature) : InspectionDocx.WritePlan(data, header, signature);
    }

    public static string FileName(InspectionView view, string part) =>
        $"{(part == ConclusionPart ? "ket-luan-kiem-tra" : "ke-hoach-kiem-tra")}-{view.Year}.docx";

    public static InspectionDocumentData Data(InspectionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var selected = view.Units.Where(u => u.Selected || u.Inspected).Select(u => u.Name).ToList();
        return new InspectionDocumentData(view.GovernmentName, view.Title, view.Year, view.Kind, view.Coverage.Target, view.DenominatorText,
            view.DecisionNumber, view.DecisionDate, selected,
            view.Visits.Select(v => new InspectionDocumentVisit(v.UnitName, v.Date, v.Topics.Select(InspectionTopicLabels.Label).ToList())).ToList(),
            view.Findings.Select(f => new InspectionDocumentFinding(f.UnitName, f.Text, f.RemedyDueOn, FindingStatusLabels.Label(f.Status))).ToList(),
            view.Coverage.Inspected, view.Coverage.Units);
    }
}
