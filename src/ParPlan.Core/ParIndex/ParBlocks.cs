namespace ParPlan.Core.ParIndex;

/// <summary>The ranking blocks of the contract: which units a set ranks together.</summary>
public static class ParBlocks
{
    public const string Commune = "commune";
    public const string Ward = "ward";
    public const string Agency = "agency";
    public const string District = "district";
    public const string Province = "province";

    public static readonly IReadOnlyList<string> All = [Commune, Ward, Agency, District, Province];
}
