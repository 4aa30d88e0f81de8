using ParPlan.Core.Text;

namespace ParPlan.Core.ParIndex;

/// <summary>The rules a criteria set must keep: unique codes, a node's maximum equal to its children's, the fields plus
/// the survey equal to the scale, rules that fit their maximum, bands that name known codes. Each problem is a Vietnamese
/// sentence naming the code and saying what to fix.</summary>
public static class CriteriaValidator
{
    public static IReadOnlyList<string> Validate(CriteriaSet set)
    {
        var problems = new List<string>();
        if (set.Schema is { } schema && schema != CriteriaSet.SchemaId)
        {
            problems.Add($"Trường \"schema\" phải là \"{CriteriaSet.SchemaId}\" (đang là \"{schema}\").");
        }

        if (string.IsNullOrWhiteSpace(set.Name)) problems.Add("Bộ tiêu chí thiếu tên (\"name\").");
        if (string.IsNullOrWhiteSpace(set.Issuer)) problems.Add("Bộ tiêu chí thiếu cơ quan ban hành (\"issuer\").");
        if (set.Year is < 2000 or > 2100) problems.Add("Năm (\"year\") phải từ 2000 đến 2100.");
        if (!ParBlocks.All.Contains(set.Block)) problems.Add($"Khối xếp hạng (\"block\") phải là một trong: {string.Join(", ", ParBlocks.All)}.");
        if (set.EffectiveFrom == default) problems.Add("Thiếu ngày hiệu lực (\"effectiveFrom\", dạng yyyy-MM-dd).");
        if (set.SelfAssessmentLockOn == default) problems.Add("Thiếu ngày khóa tự đánh giá (\"selfAssessmentLockOn\", dạng yyyy-MM-dd).");
        else if (set.SelfAssessmentLockOn < set.EffectiveFrom) problems.Add("Ngày khóa tự đánh giá phải sau ngày hiệu lực.");
        if (set.Scale <= 0) problems.Add("Thang điểm (\"scale\") phải lớn hơn 0.");
        if (!NotApplicableModes.All.Contains(set.NotApplicable)) problems.Add("Cách tính khi tiêu chí không áp dụng (\"notApplicable\") phải là \"rescale\" hoặc \"zero\".");
        if (set.Fields.Count == 0) problems.Add("Bộ tiêu chí chưa có lĩnh vực nào (\"fields\").");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in set.AllNodes())
        {
            if (string.IsNullOrWhiteSpace(node.Code))
            {
                problems.Add($"Một tiêu chí (\"{Short(node.Title)}\") thiếu mã (\"code\").");
                continue;
            }

            if (!seen.Add(node.Code)) problems.Add($"Mã {node.Code} bị trùng: mỗi lĩnh vực, tiêu chí phải có một mã riêng.");
            ValidateNode(node, problems);
        }

        var fieldsTotal = set.Fields.Sum(f => f.MaxPoints);
        var survey = set.Survey?.MaxPoints ?? 0;
        if (survey < 0) problems.Add("Điểm điều tra xã hội học (\"survey.maxPoints\") không được âm.");
        if (fieldsTotal + survey != set.Scale)
        {
            problems.Add($"Tổng điểm tối đa các lĩnh vực ({N(fieldsTotal)}) cộng điểm điều tra xã hội học ({N(survey)}) là {N(fieldsTotal + survey)}, "
                + $"không bằng thang điểm {N(set.Scale)}: sửa điểm tối đa của các lĩnh vực {string.Join(", ", set.Fields.Select(f => f.Code))} hoặc thang điểm.");
        }

        if (set.Adjustments is { } adj && (adj.BonusMax < 0 || adj.PenaltyMax < 0)) problems.Add("Điểm thưởng và điểm trừ tối đa không được âm.");
        ValidateBands(set, seen, problems);
        return problems;
    }

    private static void ValidateNode(CriterionNode node, List<string> problems)
    {
        var c = node.Code;
        if (string.IsNullOrWhiteSpace(node.Title)) problems.Add($"{c}: thiếu tên tiêu chí (\"title\").");
        if (node.MaxPoints < 0) problems.Add($"{c}: điểm tối đa không được âm.");
        if (decimal.Round(node.MaxPoints, 2) != node.MaxPoints) problems.Add($"{c}: điểm tối đa chỉ được có hai chữ số thập phân.");
        if (node.OwnerArea is { } area && !ParAreas.All.Contains(area)) problems.Add($"{c}: lĩnh vực phụ trách \"{area}\" không có; dùng một trong: {string.Join(", ", ParAreas.All)}.");
        if (!node.IsLeaf)
        {
            if (node.Rule is not null) problems.Add($"{c}: tiêu chí có tiêu chí thành phần thì không có cách chấm (\"rule\") riêng; bỏ \"rule\" hoặc bỏ \"criteria\".");
            var sum = node.Criteria!.Sum(x => x.MaxPoints);
            if (sum != node.MaxPoints)
            {
                problems.Add($"{c}: điểm tối đa {N(node.MaxPoints)} không bằng tổng điểm tối đa các tiêu chí thành phần ({N(sum)}: "
                    + $"{string.Join(", ", node.Criteria!.Select(x => x.Code))}).");
            }

            return;
        }

        if (node.Rule is not { } rule)
        {
            problems.Add($"{c}: tiêu chí không có tiêu chí thành phần phải có cách chấm (\"rule\").");
            return;
        }

        RuleValidator.Validate(node, rule, problems);
    }

    private static void ValidateBands(CriteriaSet set, HashSet<string> codes, List<string> problems)
    {
        if (set.Bands.Count == 0) problems.Add("Bộ tiêu chí chưa có xếp loại (\"bands\").");
        decimal? previous = null;
        foreach (var band in set.Bands)
        {
            var name = string.IsNullOrWhiteSpace(band.Name) ? "(chưa đặt tên)" : band.Name;
            if (string.IsNullOrWhiteSpace(band.Name)) problems.Add("Một mức xếp loại thiếu tên (\"name\").");
            if (band.Min is < 0 or > 100) problems.Add($"Xếp loại {name}: ngưỡng (\"min\") phải từ 0 đến 100.");
            if (previous is { } p && band.Min > p && (band.Unless is not { Count: > 0 })) problems.Add($"Xếp loại {name}: các mức xếp loại phải xếp từ ngưỡng cao xuống thấp.");
            previous = band.Min;
            foreach (var condition in band.Unless ?? [])
            {
                if (BandCondition.Parse(condition) is not { } parsed) problems.Add($"Xếp loại {name}: điều kiện \"{condition}\" phải có dạng MÃ=ĐIỂM (ví dụ 1.1.1=0).");
                else if (!codes.Contains(parsed.Code)) problems.Add($"Xếp loại {name}: điều kiện \"{condition}\" nêu mã {parsed.Code} không có trong bộ tiêu chí.");
            }
        }
    }

    internal static string N(decimal value) => NumberText.Decimal(value);

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
