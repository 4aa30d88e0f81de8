namespace ParPlan.Core.Labels;

/// <summary>The level that recognised an initiative (the recognising authority's level).</summary>
public static class RecognitionLevelLabels
{
    public const string Unit = "co-so";
    public const string Commune = "xa";
    public const string District = "huyen";
    public const string Province = "tinh";
    public const string Ministry = "bo-nganh";
    public const string National = "toan-quoc";

    public static readonly IReadOnlyList<string> Codes = [Unit, Commune, District, Province, Ministry, National];

    public static string Label(string? code) => code switch
    {
        Unit => "Cấp cơ sở (cơ quan, đơn vị)",
        Commune => "Cấp xã",
        District => "Cấp huyện",
        Province => "Cấp tỉnh",
        Ministry => "Cấp bộ, ngành",
        National => "Cấp toàn quốc",
        _ => "Chưa rõ cấp công nhận",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
