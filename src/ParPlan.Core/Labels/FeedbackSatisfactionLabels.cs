namespace ParPlan.Core.Labels;

/// <summary>How satisfied the sender was with the handling of their feedback (the Decision 766 satisfaction ratio counts
/// the unsatisfied ones, DOMAIN §8).</summary>
public static class FeedbackSatisfactionLabels
{
    public const string VerySatisfied = "rat-hai-long";
    public const string Satisfied = "hai-long";
    public const string Neutral = "binh-thuong";
    public const string Unsatisfied = "khong-hai-long";

    public static readonly IReadOnlyList<string> Codes = [VerySatisfied, Satisfied, Neutral, Unsatisfied];

    public static string Label(string? code) => code switch
    {
        VerySatisfied => "Rất hài lòng",
        Satisfied => "Hài lòng",
        Neutral => "Bình thường",
        Unsatisfied => "Không hài lòng",
        _ => "Chưa đánh giá",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
