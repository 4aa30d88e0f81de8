using Microsoft.Extensions.Options;

namespace ParPlan.Features.FollowUp.Escalation;

/// <summary>Validates the per-tier map at start, naming each wrong key and saying what to write instead.</summary>
public sealed class EscalationTiersValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        var names = string.Join(", ", EscalationTiers.Levels);
        var errors = new List<string>();
        foreach (var (key, days) in options.LeaderEscalationDaysByLevel)
        {
            if (EscalationTiers.LevelOf(key) is null)
            {
                errors.Add($"{EscalationTiers.MapKey}:{key} không phải cấp chính quyền; dùng một trong các tên {names} (tỉnh, huyện, xã).");
            }
            else if (days is < 1 or > 365)
            {
                errors.Add($"{EscalationTiers.MapKey}:{key} phải từ 1 đến 365 (số ngày quá hạn trước khi báo lãnh đạo cấp này), đang là {days}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
