using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Core.Reports;

/// <summary>
/// Dossier indicators over a report's exact data window (DOMAIN §7.2: Quý III under 581 is 15/6–14/9, not the calendar
/// quarter): the same counters and formulas as the indicator board (<see cref="DossierAccumulator"/>,
/// <see cref="IndicatorConvention.ContractDefault"/>), but a dossier counts as received when it was received on a day
/// of the window, as finished when it finished on a day of the window, and the snapshots (pending, overdue) are taken
/// at the end of the window's last day. Only rates with at least one dossier behind them are given.
/// </summary>
public static class WindowIndicators
{
    public static IReadOnlyList<ReportIndicatorInput> Rates(DataWindow window, IEnumerable<DossierRecord> records, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var counts = Count(window, records);
        var convention = IndicatorConvention.ContractDefault;
        var rates = new List<ReportIndicatorInput>();
        foreach (var code in convention.Codes)
        {
            if (convention.TryCompute(code, counts, out var f) && f.Denominator is > 0 and var den)
            {
                rates.Add(new ReportIndicatorInput(code, name(code), f.Numerator, den));
            }
        }

        return rates.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The counters of the window (received and finished on its days; snapshots at its end).</summary>
    public static PeriodCounts Count(DataWindow window, IEnumerable<DossierRecord> records)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(records);
        long start = DossierCodes.LocalStartOfDay(window.From).UtcTicks, end = DossierCodes.LocalStartOfDay(window.To.AddDays(1)).UtcTicks;
        var c = new PeriodCounts();
        foreach (var d in records)
        {
            long received = d.ReceivedAt.UtcTicks, due = d.DueAt.UtcTicks;
            long? finished = d.FinishedAt?.UtcTicks;
            bool withdrawn = d.Status == DossierStatus.Withdrawn;
            bool receivedIn = received >= start && received < end;
            bool finishedIn = finished is { } fin && fin >= start && fin < end;
            if (receivedIn)
            {
                Received(c, d, withdrawn, finished <= due);
            }

            if (finishedIn && !withdrawn)
            {
                Finished(c, d, finished <= due);
            }

            if (d.Rating is { } rating && (finished is null ? receivedIn : finishedIn))
            {
                c[DossierCounter.Rated]++;
                if (rating >= 4) c[DossierCounter.RatedSatisfied]++;
                c[DossierCounter.RatingSum] += rating;
            }

            bool open = finished is not null || d.Status is DossierStatus.InProcess or DossierStatus.AwaitingAdditions;
            if (open && received < end && end <= (finished ?? long.MaxValue))
            {
                c[DossierCounter.Pending]++;
                if (!withdrawn && due < end)
                {
                    c[DossierCounter.Overdue]++;
                    c[d.Apologised == true ? DossierCounter.OverdueApologised : DossierCounter.OverdueNotApologised]++;
                }
            }
        }

        return c;
    }

    private static void Received(PeriodCounts c, in DossierRecord d, bool withdrawn, bool onTime)
    {
        c[DossierCounter.Received]++;
        if (d.Channel == DossierChannel.Online)
        {
            c[DossierCounter.ReceivedOnline]++;
            if (d.ServiceLevel == OnlineServiceLevel.Full) c[DossierCounter.ReceivedOnlineFull]++;
            else if (d.ServiceLevel == OnlineServiceLevel.Partial) c[DossierCounter.ReceivedOnlinePartial]++;
        }
        else if (d.Channel == DossierChannel.Postal) c[DossierCounter.ReceivedPostal]++;
        if (d.HasFees == true)
        {
            c[DossierCounter.ReceivedWithFees]++;
            if (d.PaidOnline == true) c[DossierCounter.ReceivedWithFeesPaidOnline]++;
        }
        if (d.DossierDigitised == true) c[DossierCounter.ReceivedDigitised]++;
        if (d.DataReused == true) c[DossierCounter.ReceivedReused]++;
        if (d.Status == DossierStatus.Refused) c[DossierCounter.ReceivedRefused]++;
        if (withdrawn) c[DossierCounter.ReceivedWithdrawn]++;
        else
        {
            c[DossierCounter.ReceivedCountable]++;
            if (onTime) c[DossierCounter.ReceivedFinishedOnTime]++;
        }
    }

    private static void Finished(PeriodCounts c, in DossierRecord d, bool onTime)
    {
        c[DossierCounter.Finished]++;
        if (onTime)
        {
            c[DossierCounter.FinishedOnTime]++;
            if (DossierCodes.LocalDate(d.FinishedAt!.Value) < DossierCodes.LocalDate(d.DueAt)) c[DossierCounter.FinishedEarly]++;
        }
        else
        {
            c[DossierCounter.FinishedLate]++;
            c[d.Apologised == true ? DossierCounter.FinishedLateApologised : DossierCounter.FinishedLateNotApologised]++;
        }
        if (d.ResultDigitised == true) c[DossierCounter.FinishedResultDigitised]++;
    }
}
