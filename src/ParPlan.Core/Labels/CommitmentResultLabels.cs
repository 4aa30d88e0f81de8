namespace ParPlan.Core.Labels;

/// <summary>The year-end result of one obligation of a signed commitment ("Báo cáo thực hiện cam kết").</summary>
public static class CommitmentResultLabels
{
    public const string Done = "hoan-thanh";
    public const string Partly = "mot-phan";
    public const string NotDone = "chua-hoan-thanh";

    public static readonly IReadOnlyList<string> Codes = [Done, Partly, NotDone];

    public static string Label(string? code) => code switch
    {
        Done => "Hoàn thành",
        Partly => "Hoàn thành một phần",
        NotDone => "Chưa hoàn thành",
        _ => "Chưa báo cáo",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
