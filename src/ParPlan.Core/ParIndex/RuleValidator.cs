namespace ParPlan.Core.ParIndex;

/// <summary>The rule of one leaf checked against its kind and maximum.</summary>
internal static class RuleValidator
{
    public static void Validate(CriterionNode node, ScoringRule rule, List<string> problems)
    {
        var c = node.Code;
        var max = node.MaxPoints;
        void Points(string what, decimal? value)
        {
            if (value is { } v && (v < 0 || v > max)) problems.Add($"{c}: {what} ({CriteriaValidator.N(v)}) phải từ 0 đến điểm tối đa {CriteriaValidator.N(max)}.");
        }

        switch (rule.Kind)
        {
            case RuleKinds.Manual:
                if (rule.Step is <= 0) problems.Add($"{c}: bước chấm điểm (\"step\") phải lớn hơn 0.");
                break;
            case RuleKinds.Choice:
                if (rule.Options is not { Count: > 0 }) problems.Add($"{c}: cách chấm \"choice\" cần danh sách mức (\"options\").");
                foreach (var option in rule.Options ?? [])
                {
                    if (string.IsNullOrWhiteSpace(option.Label)) problems.Add($"{c}: một mức chọn thiếu tên (\"label\").");
                    Points($"điểm của mức \"{option.Label}\"", option.Points);
                }

                break;
            case RuleKinds.Ratio:
                if (!ParMeasures.IsKnown(rule.Measure)) problems.Add($"{c}: số liệu \"{rule.Measure}\" không có; dùng {string.Join(", ", ParMeasures.Own)} hoặc mã một chỉ tiêu của danh mục.");
                if (rule.Bands is not { Count: > 0 }) problems.Add($"{c}: cách chấm \"ratio\" cần các mức điểm (\"bands\").");
                foreach (var band in rule.Bands ?? [])
                {
                    Points($"điểm của mức từ {CriteriaValidator.N(band.Min)}%", band.Points);
                }

                break;
            case RuleKinds.Deadline:
                if (rule.Output is not ("plan" or "report")) problems.Add($"{c}: cách chấm \"deadline\" cần \"output\" là \"plan\" hoặc \"report\".");
                if (rule.Due is null) problems.Add($"{c}: cách chấm \"deadline\" cần hạn (\"due\", dạng yyyy-MM-dd).");
                if (rule.OnTime is null) problems.Add($"{c}: cách chấm \"deadline\" cần điểm khi đúng hạn (\"onTime\").");
                Points("điểm khi đúng hạn", rule.OnTime);
                Points("điểm khi chậm", rule.Late);
                Points("điểm khi không ban hành", rule.Missing);
                break;
            default:
                problems.Add($"{c}: cách chấm \"{rule.Kind}\" không có; dùng một trong: {string.Join(", ", RuleKinds.All)}.");
                break;
        }
    }
}
