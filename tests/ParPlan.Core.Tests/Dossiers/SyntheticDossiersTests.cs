using System.Security.Cryptography;
using ParPlan.Core.Calendar;
using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class SyntheticDossiersTests
{
    private static byte[] Generate(SyntheticDossierOptions options)
    {
        using var stream = new MemoryStream();
        SyntheticDossiers.Write(stream, options);
        return stream.ToArray();
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_does_not()
    {
        var a = Generate(new SyntheticDossierOptions { Count = 3_000, Year = 2025, Seed = 42 });
        var b = Generate(new SyntheticDossierOptions { Count = 3_000, Year = 2025, Seed = 42 });
        var c = Generate(new SyntheticDossierOptions { Count = 3_000, Year = 2025, Seed = 43 });

        Assert.Equal(SHA256.HashData(a), SHA256.HashData(b));
        Assert.NotEqual(SHA256.HashData(a), SHA256.HashData(c));
    }

    [Fact]
    public void Every_generated_row_is_valid_unique_in_order_and_uses_the_given_units()
    {
        var units = new[] { "T-01", "X-01", "X-02" };
        var bytes = Generate(new SyntheticDossierOptions { Count = 5_000, Year = 2024, Seed = 5, UnitCodes = units });

        var rows = DossierReader.ReadCsv(new MemoryStream(bytes), DossierReadOptions.ForUnits(units)).ToList();

        Assert.Equal(5_000, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsAccepted, r.Error));
        Assert.Equal(units.Order(), rows.Select(r => r.Record.UnitCode).Distinct().Order());
        Assert.All(rows, r => Assert.Equal(2024, DossierCodes.LocalDate(r.Record.ReceivedAt).Year));
        var dates = rows.Select(r => DossierCodes.LocalDate(r.Record.ReceivedAt)).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void No_due_date_falls_on_a_weekend_or_a_public_holiday()
    {
        var bytes = Generate(new SyntheticDossierOptions { Count = 20_000, Year = 2026, Seed = 7 });

        var dues = DossierReader.ReadCsv(new MemoryStream(bytes))
            .Select(r => DossierCodes.LocalDate(r.Record.DueAt)).Distinct().ToList();

        Assert.Contains(dues, d => d.Year == 2026 && d.Month == 2); // the year's Tết is in range
        Assert.All(dues, d => Assert.True(WorkingCalendar.Vietnam.IsWorkingDay(d), $"{d:dd/MM/yyyy} không phải ngày làm việc"));
    }

    [Fact]
    public void Generated_rates_fall_in_plausible_ranges()
    {
        var bytes = Generate(new SyntheticDossierOptions { Count = 20_000, Year = 2025, Seed = 11 });
        var records = DossierReader.ReadCsv(new MemoryStream(bytes)).Select(r => r.Record).ToList();

        var finished = records.Where(r => r.FinishedAt is not null && r.Status != DossierStatus.Withdrawn).ToList();
        double onTime = finished.Count(r => !r.FinishedLate) / (double)finished.Count;
        double onlineFirstQuarter = OnlineShare(records, 1, 3);
        double onlineLastQuarter = OnlineShare(records, 10, 12);
        var late = finished.Where(r => r.FinishedLate).ToList();
        double apologised = late.Count(r => r.Apologised == true) / (double)late.Count;
        int pending = records.Count(r => r.FinishedAt is null);
        int withdrawn = records.Count(r => r.Status == DossierStatus.Withdrawn);
        int refused = records.Count(r => r.Status == DossierStatus.Refused);
        var rated = records.Where(r => r.Rating is not null).ToList();
        var fields = records.Select(r => r.Field).Distinct().ToList();
        int feb = records.Count(r => DossierCodes.LocalDate(r.ReceivedAt).Month == 2);
        int mar = records.Count(r => DossierCodes.LocalDate(r.ReceivedAt).Month == 3);

        Assert.InRange(onTime, 0.90, 0.98);
        Assert.InRange(onlineFirstQuarter, 0.15, 0.45);
        Assert.InRange(onlineLastQuarter, onlineFirstQuarter + 0.1, 0.8);
        Assert.InRange(apologised, 0.35, 0.75);
        Assert.InRange(pending, 50, 2_000);
        Assert.InRange(withdrawn, 100, 300);
        Assert.InRange(refused, 200, 400);
        Assert.InRange(rated.Count / (double)records.Count, 0.25, 0.45);
        Assert.InRange(rated.Average(r => r.Rating!.Value), 4.0, 4.9);
        Assert.Contains("Đất đai", fields);
        Assert.Contains("Hộ tịch", fields);
        Assert.Contains("Tư pháp", fields);
        Assert.Contains("Xây dựng", fields);
        Assert.Contains("Kinh doanh", fields);
        Assert.True(feb < mar * 0.8, $"Tết dip expected: February {feb}, March {mar}");
    }

    private static double OnlineShare(List<DossierRecord> records, int fromMonth, int toMonth)
    {
        var inRange = records.Where(r => DossierCodes.LocalDate(r.ReceivedAt).Month is var m && m >= fromMonth && m <= toMonth).ToList();
        return inRange.Count(r => r.Channel == DossierChannel.Online) / (double)inRange.Count;
    }
}
