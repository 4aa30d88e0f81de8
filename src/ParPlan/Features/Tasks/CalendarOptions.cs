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
