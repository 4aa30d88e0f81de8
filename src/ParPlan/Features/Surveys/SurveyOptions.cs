using Microsoft.Extensions.Options;

namespace ParPlan.Features.Surveys;

/// <summary>Settings of satisfaction surveys (section <c>Surveys</c>). The formula is a setting because the official
/// SIPAS computation is [UNVERIFIED]: a new campaign takes it (and its default questions take the scale) from here.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>The highest score of the default scale (1..ScaleMax).</summary>
    public int ScaleMax { get; set; } = 5;

    /// <summary>The lowest score counted as satisfied ("hài lòng" and "rất hài lòng").</summary>
    public int SatisfiedFrom { get; set; } = 4;

    /// <summary>True: overall, sector and unit indices are the mean of the element indices; false: pooled answers.</summary>
    public bool MeanOfElements { get; set; } = true;

    /// <summary>An uploaded survey file over this size is refused before it is read.</summary>
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    public static OptionsBuilder<SurveyOptions> Validate(OptionsBuilder<SurveyOptions> options) => options
        .Validate(o => o.ScaleMax is >= 2 and <= 10, $"{Section}:ScaleMax phải từ 2 đến 10 (điểm cao nhất của thang).")
        .Validate(o => o.SatisfiedFrom >= 2 && o.SatisfiedFrom <= o.ScaleMax,
            $"{Section}:SatisfiedFrom phải từ 2 đến {Section}:ScaleMax (điểm thấp nhất được tính là hài lòng).")
        .Validate(o => o.MaxUploadBytes is >= 1024 and <= 100L * 1024 * 1024, $"{Section}:MaxUploadBytes phải từ 1 KB (1024) đến 100 MB (104857600) byte.")
        .ValidateOnStart();
}
