using System.Globalization;
using System.Text.RegularExpressions;
using ParPlan.Core.Calendar;
using ParPlan.Core.Text;

namespace ParPlan.Core.Tasks;

/// <summary>
/// The span a conditional deadline states after its event: "Trong vòng 30 ngày sau khi UBND tỉnh ban hành Kế hoạch",
/// "Chậm nhất 15 ngày kể từ khi …", "01 tháng sau khi …". Working days ("ngày làm việc") are counted on the given <see cref="WorkingCalendar"/>
/// (public holidays, compensation days and the year's configured schedule); without one, only Saturdays and Sundays are
/// skipped (<see cref="WorkingCalendar.WeekendsOnly"/>). Null when the text states no span, so the default applies.
/// </summary>
public static partial class TriggerSpan
{
    public static DateOnly? Apply(string? condition, DateOnly occurredOn, WorkingCalendar? calendar = null)
    {
        if (string.IsNullOrWhiteSpace(condition) || Span().Match(VietText.Fold(condition)) is not { Success: true } m)
        {
            return null;
        }

        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (n is <= 0 or > 3650)
        {
            return null;
        }

        return m.Groups["unit"].Value switch
        {
            "thang" => occurredOn.AddMonths(n),
            "tuan" => occurredOn.AddDays(7 * n),
            _ when m.Groups["work"].Success => (calendar ?? WorkingCalendar.WeekendsOnly).AddWorkingDays(occurredOn, n),
            _ => occurredOn.AddDays(n),
        };
    }

    // "(trong vòng|trong|chậm nhất|sau) N ngày (làm việc) (sau khi|kể từ|kể từ khi|từ khi|sau)".
    [GeneratedRegex(@"\b(?:trong vong|trong|cham nhat|sau|toi da)\s+(?<n>\d{1,4})\s+(?<unit>ngay|thang|tuan)(?<work>\s+lam viec)?\b")]
    private static partial Regex Span();
}
