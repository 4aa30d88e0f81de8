namespace ParPlan.Core.Labels;

/// <summary>The one home of the PAR INDEX ranking blocks' Vietnamese names.</summary>
public static class ParBlockLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("commune", "Khối xã"),
        ("ward", "Khối phường"),
        ("agency", "Khối sở, ban, ngành"),
        ("district", "Khối huyện"),
        ("province", "Khối tỉnh"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Không rõ";
}
