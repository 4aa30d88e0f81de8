using System.Globalization;
using System.Text.RegularExpressions;
using ParPlan.Core.Text;

namespace ParPlan.Core.Tasks;

/// <summary>
/// The span a conditional deadline states after its event: "Trong vòng 30 ngày sau khi UBND tỉnh ban hành Kế hoạch",
/// "Chậm nhất 15 ngày kể từ khi …", "01 tháng sau khi …". Working days ("ngày làm việc") skip Saturdays and Sundays (public holidays
/// are not known here). Null when the text states no span, so the default applies.
/// </summary>
public static partial class TriggerSpan
{
    public static DateOnly? Apply(string? condition, DateOnly occurredOn)
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
            _ when m.Groups["work"].Success => AddWorkingDays(occurredOn, n),
            _ => occurredOn.AddDays(n),
        };
    }

    private static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var d = from;
        while (days > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return d;
    }

    // "(trong vòng|trong|chậm nhất|sau) N ngày (làm việc) (sau khi|kể từ|kể từ khi|từ khi|sau)".
    [GeneratedRegex(@"\b(?:trong vong|trong|cham nhat|sau|toi da)\s+(?<n>\d{1,4})\s+(?<unit>ngay|thang|tuan)(?<work>\s+lam viec)?\b")]
    private static partial Regex Span();
}
