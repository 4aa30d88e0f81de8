using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

/// <summary>Quý III under 581 is 15/6–14/9 (DOMAIN §7.2): dossiers count by the window's days, not the calendar quarter.</summary>
public class WindowIndicatorsTests
{
    private static readonly DataWindow Q3 = new(new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), false);

    /// <summary>A dossier received and finished at 09:00 and 16:00 Việt Nam time on the given days.</summary>
    private static DossierRecord D(string code, DateOnly received, DateOnly due, DateOnly? finished, DossierChannel channel = DossierChannel.InPerson) => new()
    {
        Code = code, UnitCode = "X", ReceivedAt = DossierCodes.LocalStartOfDay(received).AddHours(9), DueAt = DossierCodes.LocalStartOfDay(due).AddHours(17),
        FinishedAt = finished is { } f ? DossierCodes.LocalStartOfDay(f).AddHours(16) : null,
        Status = finished is null ? DossierStatus.InProcess : DossierStatus.Returned, Channel = channel,
    };

    [Fact]
    public void Dossiers_finished_on_either_side_of_the_windows_first_and_last_day_count_only_inside_it()
    {
        DossierRecord[] dossiers =
        [
            D("truoc", new(2026, 6, 1), new(2026, 6, 20), new(2026, 6, 14)),       // finished 14/6: before the window
            D("dau", new(2026, 6, 1), new(2026, 6, 20), new(2026, 6, 15)),         // finished 15/6: first day, on time
            D("cuoi", new(2026, 9, 1), new(2026, 9, 10), new(2026, 9, 14)),        // finished 14/9: last day, late
            D("sau", new(2026, 9, 1), new(2026, 9, 20), new(2026, 9, 15)),         // finished 15/9: after the window
        ];

        var onTime = WindowIndicators.Rates(Q3, dossiers, c => c).Single(r => r.Code == IndicatorCodes.OnTimeRate);

        Assert.Equal((1, 2), (onTime.Numerator, onTime.Denominator));
    }

    [Fact]
    public void Dossiers_received_on_either_side_of_the_boundary_count_by_their_day_of_receipt()
    {
        DossierRecord[] dossiers =
        [
            D("14-6", new(2026, 6, 14), new(2026, 6, 30), null, DossierChannel.Online),
            D("15-6", new(2026, 6, 15), new(2026, 6, 30), null, DossierChannel.Online),
            D("14-9", new(2026, 9, 14), new(2026, 9, 30), null),
            D("15-9", new(2026, 9, 15), new(2026, 9, 30), null, DossierChannel.Online),
        ];

        var online = WindowIndicators.Rates(Q3, dossiers, c => c).Single(r => r.Code == IndicatorCodes.OnlineRate);
        var counts = WindowIndicators.Count(Q3, dossiers);

        Assert.Equal((1, 2), (online.Numerator, online.Denominator));
        Assert.Equal(3, counts[DossierCounter.Pending]);
    }

    [Fact]
    public void A_window_without_dossiers_states_no_rate()
    {
        Assert.Empty(WindowIndicators.Rates(Q3, [D("cu", new(2026, 1, 5), new(2026, 1, 20), new(2026, 1, 10))], c => c));
    }
}
