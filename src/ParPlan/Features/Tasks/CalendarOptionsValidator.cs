using Microsoft.Extensions.Options;

namespace ParPlan.Features.Tasks;

/// <summary>Refuses to start with an entry that is not a dd/MM/yyyy date, naming the entry.</summary>
public sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        var errors = Unreadable("DaysOff", options.DaysOff).Concat(Unreadable("WorkingDays", options.WorkingDays)).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> Unreadable(string key, List<string> entries) =>
        entries.Select((text, i) => (text, i))
            .Where(e => !CalendarOptions.TryParse(e.text, out _))
            .Select(e => $"{CalendarOptions.Section}:{key}:{e.i} '{e.text}' không đọc được thành ngày; hãy ghi theo dạng "
                + $"{CalendarOptions.Format}, ví dụ 13/02/2026.");
}
