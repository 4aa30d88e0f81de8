using System.Globalization;

namespace ParPlan.Features.ParIndex.Pages;

/// <summary>The fields of the criterion forms (score, appraisal, explanation) as posted.</summary>
public sealed class ParItemForm
{
    public string? Code { get; set; }

    public string? Points { get; set; }

    public bool NotApplicable { get; set; }

    public string? Explanation { get; set; }

    public string? Link { get; set; }

    public string? Comment { get; set; }

    public string? Text { get; set; }

    public long Version { get; set; }

    /// <summary>A number as Vietnamese write it ("1,5") or with a dot; null when it is not one.</summary>
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) ? value : null;
}
