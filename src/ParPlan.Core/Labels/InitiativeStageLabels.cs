namespace ParPlan.Core.Labels;

/// <summary>The stages of a reform initiative in the registry (DOMAIN §7.6): proposed, under evaluation, recognised (with
/// the recognising level and decision), applied elsewhere; or not recognised. Codes are what the API and the store carry.</summary>
public static class InitiativeStageLabels
{
    public const string Proposed = "proposed";
    public const string Evaluating = "evaluating";
    public const string Recognised = "recognised";
    public const string Applied = "applied";
    public const string NotRecognised = "not-recognised";

    /// <summary>Every code, in the registry's order.</summary>
    public static readonly IReadOnlyList<string> Codes = [Proposed, Evaluating, Recognised, Applied, NotRecognised];

    public static string Label(string? code) => code switch
    {
        Proposed => "Đề xuất",
        Evaluating => "Đang đánh giá",
        Recognised => "Được công nhận",
        Applied => "Đã nhân rộng, áp dụng nơi khác",
        NotRecognised => "Không được công nhận",
        _ => "Chưa rõ giai đoạn",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
