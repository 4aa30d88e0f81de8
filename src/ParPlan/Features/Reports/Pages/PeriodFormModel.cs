using ParPlan.Core.Labels;
using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports.Pages;

/// <summary>One period of a regime as the regimes page's form posts it: the label with "{năm}" for the year, days as
/// dd/MM, and a due date per step (empty when the regime states none).</summary>
public sealed class PeriodFormModel
{
    private const string YearToken = "{năm}";

    public string? Code { get; set; }

    public string? Key { get; set; }

    public long Version { get; set; }

    public string? Label { get; set; }

    public string? From { get; set; }

    public bool FromPreviousYear { get; set; }

    public string? To { get; set; }

    public bool Cumulative { get; set; }

    public string? DueUnit { get; set; }

    public bool DueUnitBefore { get; set; }

    public string? DueStanding { get; set; }

    public bool DueStandingBefore { get; set; }

    public string? DueGovernment { get; set; }

    public bool DueGovernmentBefore { get; set; }

    public string? DueUpper { get; set; }

    public bool DueUpperBefore { get; set; }

    /// <summary>What could not be read, filled by <see cref="ToPeriod"/>.</summary>
    public List<string> Problems { get; } = [];

    public static PeriodFormModel Of(RegimePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        string? Due(ReportLevel level) => period.Dues.TryGetValue(level, out var d) ? d.Date.DayMonth : null;
        bool Before(ReportLevel level) => period.Dues.TryGetValue(level, out var d) && d.Before;
        return new PeriodFormModel
        {
            Key = period.Key,
            Label = period.LabelFormat.Replace("{0}", YearToken, StringComparison.Ordinal),
            From = period.WindowFrom.DayMonth,
            FromPreviousYear = period.WindowFrom.YearOffset < 0,
            To = period.WindowTo.DayMonth,
            Cumulative = period.Cumulative,
            DueUnit = Due(ReportLevel.Unit), DueUnitBefore = Before(ReportLevel.Unit),
            DueStanding = Due(ReportLevel.StandingAgency), DueStandingBefore = Before(ReportLevel.StandingAgency),
            DueGovernment = Due(ReportLevel.Government), DueGovernmentBefore = Before(ReportLevel.Government),
            DueUpper = Due(ReportLevel.UpperLevel), DueUpperBefore = Before(ReportLevel.UpperLevel),
        };
    }

    /// <summary>The period as typed (its kind and index are the regime's own); null with <see cref="Problems"/> filled
    /// when a day cannot be read.</summary>
    public RegimePeriod? ToPeriod()
    {
        Problems.Clear();
        var from = YearDay.Parse(From, FromPreviousYear ? -1 : 0);
        var to = YearDay.Parse(To);
        if (from is null)
        {
            Problems.Add("Ngày bắt đầu kỳ số liệu: nhập ngày/tháng có thật, ví dụ 15/12.");
        }

        if (to is null)
        {
            Problems.Add("Ngày kết thúc kỳ số liệu: nhập ngày/tháng có thật, ví dụ 14/03.");
        }

        var dues = new Dictionary<ReportLevel, DueRule>();
        Due(ReportLevel.Unit, DueUnit, DueUnitBefore, dues);
        Due(ReportLevel.StandingAgency, DueStanding, DueStandingBefore, dues);
        Due(ReportLevel.Government, DueGovernment, DueGovernmentBefore, dues);
        Due(ReportLevel.UpperLevel, DueUpper, DueUpperBefore, dues);
        if (Problems.Count > 0)
        {
            return null;
        }

        // Braces other than the year's place would break the label's format: they are dropped.
        var label = (Label ?? "").Trim().Replace(YearToken, "\u0001", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal)
            .Replace("}", "", StringComparison.Ordinal).Replace("\u0001", "{0}", StringComparison.Ordinal);
        return new RegimePeriod(Key ?? "", default, 0, label, from!.Value, to!.Value, Cumulative, dues);
    }

    private void Due(ReportLevel level, string? text, bool before, Dictionary<ReportLevel, DueRule> dues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (YearDay.Parse(text) is { } day)
        {
            dues[level] = new DueRule(day, before);
        }
        else
        {
            Problems.Add($"Hạn gửi ở bước «{ReportLevelLabels.Label(level)}»: nhập ngày/tháng có thật, ví dụ 20/03, hoặc để trống.");
        }
    }
}
