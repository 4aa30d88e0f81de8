using System.Globalization;
using Microsoft.Extensions.Options;
using ParPlan.Core.Calendar;

namespace ParPlan.Features.Tasks;

/// <summary>Section <c>Calendar</c>: the year's official schedule on top of the default public holidays
/// (<see cref="PublicHolidays"/>). <c>DaysOff</c> lists extra days off (e.g. the government's Tết days), <c>WorkingDays</c>
/// days worked although they would be off (e.g. a swapped Saturday), each as dd/MM/yyyy.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public const string Format = "dd/MM/yyyy";

    public List<string> DaysOff { get; set; } = [];

    public List<string> WorkingDays { get; set; } = [];

    public WorkingCalendar ToCalendar() => new(Dates(DaysOff), Dates(WorkingDays));

    internal static bool TryParse(string? text, out DateOnly date)
    {
        var parsed = DateText.ParseStrict(text);
        date = parsed ?? default;
        return parsed is not null;
    }

    private static IEnumerable<DateOnly> Dates(IEnumerable<string> texts) =>
        texts.Select(t => TryParse(t, out var d) ? d : throw new FormatException($"Calendar: '{t}' không phải ngày {Format}."));
}

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
