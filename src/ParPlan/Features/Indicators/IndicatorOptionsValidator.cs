using Microsoft.Extensions.Options;
using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>Refuses to start with a convention name that does not exist (ByName would silently fall back) or a refresh
/// interval out of range.</summary>
public sealed class IndicatorOptionsValidator : IValidateOptions<IndicatorOptions>
{
    public ValidateOptionsResult Validate(string? name, IndicatorOptions options)
    {
        if (!IndicatorConvention.BuiltIn.Any(c => string.Equals(c.Name, options.Convention, StringComparison.OrdinalIgnoreCase)))
        {
            return ValidateOptionsResult.Fail($"Indicators:Convention '{options.Convention}' không tồn tại; chọn một trong: "
                + string.Join(", ", IndicatorConvention.BuiltIn.Select(c => c.Name)) + ".");
        }

        return options.RefreshHours is < 0 or > 168
            ? ValidateOptionsResult.Fail($"Indicators:RefreshHours phải từ 0 (tắt) đến 168 giờ; đang là {options.RefreshHours}.")
            : ValidateOptionsResult.Success;
    }
}
