namespace ParPlan.Features.Surveys;

/// <summary>The satisfaction targets D2 sets, offered by the targets form until a government sets its own: 95% overall
/// and a floor of 85% for land, construction, investment, health and education (DOMAIN §7.5).</summary>
public static class SurveyTargetDefaults
{
    public const decimal Overall = 95m;

    public const decimal Floor = 85m;

    public static readonly IReadOnlyList<string> Sectors = ["Đất đai", "Xây dựng", "Đầu tư", "Y tế", "Giáo dục"];

    /// <summary>What the board's target row says it is (the text of the overall target set from the survey page).</summary>
    public const string OverallText = "Mức độ hài lòng chung của người dân, tổ chức theo khảo sát SIPAS";
}
