using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Text;

namespace ParPlan.Core.ParIndex;

/// <summary>
/// The unit's self-assessment report (DOMAIN §7.3: a summary table, the explanations, the difficulties and
/// recommendations) written through the one Decree 30 writer: "BÁO CÁO Kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm
/// …", sections I–III, and the annex "Bảng tự chấm điểm" in the published layout with the self-score beside each line.
/// </summary>
public static class SelfAssessmentDocx
{
    public static OfficialDocument Compose(CriteriaSet set, OfficialHeader header, IReadOnlyList<SelfAssessmentLine> lines, Signature signature, Recipients recipients)
    {
        var byCode = lines.ToDictionary(l => l.Code, StringComparer.Ordinal);
        decimal Points(CriterionNode node) => node.SelfAndDescendants().Where(n => n.IsLeaf)
            .Sum(l => byCode.TryGetValue(l.Code, out var line) && line.Applicable ? line.SelfScore ?? 0 : 0);
        var total = set.Fields.Sum(Points);
        var inapplicable = set.Leaves().Where(l => byCode.TryGetValue(l.Code, out var line) && !line.Applicable).ToList();
        var summary = new List<string>
        {
            $"Tổng điểm tự đánh giá: {NumberText.Decimal(total)}/{NumberText.Decimal(set.Fields.Sum(f => f.MaxPoints))} điểm (chưa gồm {NumberText.Decimal(set.Survey?.MaxPoints ?? 0)} điểm điều tra xã hội học).",
        };
        summary.AddRange(set.Fields.Select(f => $"{f.Code}. {f.Title}: {NumberText.Decimal(Points(f))}/{NumberText.Decimal(f.MaxPoints)} điểm."));
        if (inapplicable.Count > 0)
        {
            summary.Add($"Tiêu chí không áp dụng với đơn vị: {string.Join(", ", inapplicable.Select(l => l.Code))}.");
        }

        var explained = set.Leaves().Where(l => byCode.TryGetValue(l.Code, out var line) && line.Explanation is { Length: > 0 })
            .Select(l => $"{l.Code}. {l.Title}: {byCode[l.Code].Explanation}").ToList();
        var lost = set.Leaves().Where(l => byCode.TryGetValue(l.Code, out var line) && line.Applicable && (line.SelfScore ?? 0) < l.MaxPoints)
            .Select(l => $"{l.Code}. {l.Title}: đạt {NumberText.Decimal(byCode[l.Code].SelfScore ?? 0)}/{NumberText.Decimal(l.MaxPoints)} điểm.").ToList();
        DocumentSection[] sections =
        [
            new("I. Kết quả tự đánh giá, chấm điểm", summary),
            new("II. Giải trình cách chấm điểm", explained.Count > 0 ? explained : ["Các tiêu chí đều có tài liệu kiểm chứng kèm theo."]),
            new("III. Khó khăn, vướng mắc và kiến nghị", lost.Count > 0 ? ["Các tiêu chí chưa đạt điểm tối đa, cần khắc phục trong năm tới:", .. lost] : ["Không có."]),
        ];
        var rows = new List<AnnexRow>();
        foreach (var field in set.Fields)
        {
            foreach (var node in field.SelfAndDescendants())
            {
                var line = byCode.GetValueOrDefault(node.Code);
                var score = node.IsLeaf ? line is { Applicable: false } ? "Không áp dụng" : line?.SelfScore is { } s ? NumberText.Decimal(s) : "" : NumberText.Decimal(Points(node));
                var proof = line is null ? node.Evidence ?? "" : string.Join("; ", line.Evidence.DefaultIfEmpty(line.Explanation ?? ""));
                rows.Add(new AnnexRow([node.Code, node.Title, NumberText.Decimal(node.MaxPoints), score, proof], IsGroup: !node.IsLeaf && node == field));
            }
        }

        rows.Add(new AnnexRow(["", "Tổng cộng", NumberText.Decimal(set.Fields.Sum(f => f.MaxPoints)), NumberText.Decimal(total), ""], IsGroup: true));
        var annex = new Annex("Phụ lục", "Bảng tự đánh giá, chấm điểm Chỉ số cải cách hành chính", null,
            ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"], [7, 45, 10, 12, 26], rows);
        return new OfficialDocument(header, "BÁO CÁO", $"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {set.Year}", [], [], sections, signature, recipients, [annex]);
    }

    public static byte[] Write(CriteriaSet set, OfficialHeader header, IReadOnlyList<SelfAssessmentLine> lines, Signature signature, Recipients recipients) =>
        Decree30Writer.Write(Compose(set, header, lines, signature, recipients));
}
