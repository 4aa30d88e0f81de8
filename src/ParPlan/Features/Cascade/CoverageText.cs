using ParPlan.Core.Text;

namespace ParPlan.Features.Cascade;

/// <summary>How the cascade pages write a share: "2/5 (40%)", counts and percentage in vi-VN.</summary>
public static class CoverageText
{
    public static string Share(int part, int whole) =>
        whole == 0 ? $"{NumberText.Count(part)}/0" : $"{NumberText.Count(part)}/{NumberText.Count(whole)} ({NumberText.Decimal(Math.Round(100m * part / whole, 1))}%)";
}
