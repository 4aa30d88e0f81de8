using ParPlan.Core.Labels;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class ReportingCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_ministry_regime_gives_the_four_windows_of_581_with_quarter_three_not_cumulative()
    {
        var reports = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026);

        Assert.Equal(["Quý I/2026", "6 tháng đầu năm 2026", "Quý III/2026", "Năm 2026"], reports.Select(r => r.Label));
        Assert.Equal(["2026-Q1", "2026-H1", "2026-Q3", "2026"], reports.Select(r => r.PeriodCode));
        Assert.Equal(new DataWindow(D(2025, 12, 15), D(2026, 3, 14), true), reports[0].Window);
        Assert.Equal(new DataWindow(D(2025, 12, 15), D(2026, 6, 14), true), reports[1].Window);
        Assert.Equal(new DataWindow(D(2026, 6, 15), D(2026, 9, 14), false), reports[2].Window);
        Assert.Equal(new DataWindow(D(2025, 12, 15), D(2026, 12, 14), true), reports[3].Window);
    }

    [Fact]
    public void The_ministry_regime_is_due_no_later_than_day_twenty_of_the_last_month_of_each_period()
    {
        var reports = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026);

        Assert.Equal([D(2026, 3, 20), D(2026, 6, 20), D(2026, 9, 20), D(2026, 12, 20)], reports.Select(r => r.DueOn(ReportLevel.UpperLevel)));
        Assert.Equal("chậm nhất ngày 20/09/2026", reports[2].Dues.Single(d => d.Level == ReportLevel.UpperLevel).Text);
        Assert.All(reports, r => Assert.Equal("Bộ Nội vụ", r.ReceivingBody));
    }

    [Fact]
    public void A_level_without_a_stated_date_takes_the_date_of_the_level_above_and_says_so()
    {
        var q1 = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026)[0];

        var unit = q1.Dues.Single(d => d.Level == ReportLevel.Unit);
        Assert.Equal(D(2026, 3, 20), unit.DueOn);
        Assert.False(unit.Stated);
        Assert.True(q1.Dues.Single(d => d.Level == ReportLevel.UpperLevel).Stated);
    }

    [Fact]
    public void The_commune_regime_is_due_before_the_twelfth_of_march_june_september_and_december()
    {
        var reports = ReportingCalendar.Instances(DefaultRegimes.Commune, 2026);

        Assert.Equal(["Quý I/2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "Năm 2026"], reports.Select(r => r.Label));
        Assert.Equal([D(2026, 3, 11), D(2026, 6, 11), D(2026, 9, 11), D(2026, 12, 11)], reports.Select(r => r.DueOn(ReportLevel.Government)));
        Assert.Equal("trước ngày 12/03/2026", reports[0].Dues.Single(d => d.Level == ReportLevel.Government).Text);
        Assert.Equal("2026-9M", reports[2].PeriodCode);
        Assert.All(reports, r => Assert.True(r.Window.To < r.DueOn(ReportLevel.Government).AddDays(1)));
    }

    [Fact]
    public void The_window_is_data_and_an_edited_regime_keeps_a_cumulative_nine_month_window_under_a_quarter_label()
    {
        var q3 = DefaultRegimes.Bnv581.Periods[2] with { WindowFrom = new YearDay(15, 12, -1), Cumulative = true, Dues = new Dictionary<ReportLevel, DueRule> { [ReportLevel.Government] = DueRule.NoLaterThan(16, 9) } };
        var regime = DefaultRegimes.Bnv581 with { Periods = [q3] };

        var report = ReportingCalendar.Instances(regime, 2026).Single();

        Assert.Equal("Quý III/2026", report.Label);
        Assert.Equal(new DataWindow(D(2025, 12, 15), D(2026, 9, 14), true), report.Window);
        Assert.Equal(D(2026, 9, 16), report.DueOn(ReportLevel.Unit));
    }

    [Fact]
    public void Agencies_and_governments_get_their_own_annex_with_the_same_outline()
    {
        var agency = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026, ReportUnitType.Agency)[0];
        var government = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026, ReportUnitType.Government)[0];

        Assert.Equal(DefaultRegimes.AgencyAnnex, agency.AnnexKey);
        Assert.Equal(DefaultRegimes.GovernmentAnnex, government.AnnexKey);
        Assert.Equal(agency.OutlineKey, government.OutlineKey);
    }

    [Fact]
    public void A_unit_owes_the_reports_due_within_the_horizon_and_those_overdue_but_not_those_it_submitted()
    {
        var reports = ReportingCalendar.Instances(DefaultRegimes.Commune, 2026);

        var owed = ReportingCalendar.Owed(reports, ReportLevel.Government, D(2026, 6, 5), withinDays: 7);

        Assert.Equal(["2026-Q1", "2026-H1"], owed.Select(o => o.Instance.PeriodCode));
        Assert.Equal(OwedState.Overdue, owed[0].State);
        Assert.Equal(-86, owed[0].DaysLeft);
        Assert.Equal(OwedState.DueSoon, owed[1].State);
        Assert.Equal(6, owed[1].DaysLeft);

        var afterSubmitting = ReportingCalendar.Owed(reports, ReportLevel.Government, D(2026, 6, 5), 7, new HashSet<string> { "2026-Q1" });
        Assert.Equal(["2026-H1"], afterSubmitting.Select(o => o.Instance.PeriodCode));
    }

    [Fact]
    public void A_report_is_owed_on_its_due_date_and_overdue_the_day_after()
    {
        var q1 = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026).Take(1).ToList();

        Assert.Equal(OwedState.DueSoon, ReportingCalendar.Owed(q1, ReportLevel.UpperLevel, D(2026, 3, 20), 0).Single().State);
        Assert.Equal(OwedState.Overdue, ReportingCalendar.Owed(q1, ReportLevel.UpperLevel, D(2026, 3, 21), 0).Single().State);
        Assert.Empty(ReportingCalendar.Owed(q1, ReportLevel.UpperLevel, D(2026, 3, 12), 7));
    }

    [Fact]
    public void An_ad_hoc_report_carries_its_typed_window_and_due_date()
    {
        var adHoc = new AdHocReport("dx-2026-01", "kết quả rà soát TTHC", new DataWindow(D(2026, 1, 1), D(2026, 4, 30), false), D(2026, 5, 5), "Sở Nội vụ");

        var instance = adHoc.ToInstance();

        Assert.True(instance.AdHoc);
        Assert.Equal("Đột xuất: kết quả rà soát TTHC", instance.Label);
        Assert.Equal(D(2026, 5, 5), instance.DueOn(ReportLevel.Unit));
        Assert.Equal(D(2026, 4, 30), instance.Window.To);
    }

    [Fact]
    public void Every_report_level_and_owed_state_has_a_vietnamese_label()
    {
        Assert.All(Enum.GetValues<ReportLevel>(), l => Assert.False(string.IsNullOrWhiteSpace(ReportLevelLabels.Label(l))));
        Assert.All(Enum.GetValues<OwedState>(), s => Assert.False(string.IsNullOrWhiteSpace(OwedStateLabels.Label(s))));
        Assert.Equal("Quá hạn", OwedStateLabels.Label(OwedState.Overdue));
    }
}
