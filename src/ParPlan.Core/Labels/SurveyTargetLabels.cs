namespace ParPlan.Core.Labels;

/// <summary>How a survey index reads against its target (the overall target or a sector's floor): reached, missed, or
/// no target (or no answer) to compare with.</summary>
public static class SurveyTargetLabels
{
    public const string MetCode = "met";
    public const string MissedCode = "missed";
    public const string NoTargetCode = "no-target";

    public static readonly IReadOnlyList<string> Codes = [MetCode, MissedCode, NoTargetCode];

    public static string Code(bool? met) => met switch { true => MetCode, false => MissedCode, null => NoTargetCode };

    public static string Label(bool? met) => Label(Code(met));

    public static string Label(string code) => code switch
    {
        MetCode => "Đạt",
        MissedCode => "Chưa đạt",
        NoTargetCode => "Chưa có chỉ tiêu để so sánh",
        _ => "Không rõ",
    };
}
