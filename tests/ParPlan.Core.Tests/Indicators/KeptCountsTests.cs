using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using static ParPlan.Core.Tests.Indicators.DossierFactory;

namespace ParPlan.Core.Tests.Indicators;

/// <summary>The pieces of the kept year counts: the binary form round-trips every counter and refuses what it did not
/// write, and a finished-only accumulation of an import plus the unfinished records counted as of an instant equals one
/// accumulation of everything as of that instant.</summary>
public class KeptCountsTests
{
    private static readonly DossierRecord[] Records =
    [
        Make("A", "X1", "2025-01-10T08:00", "2025-01-20T17:00", "2025-01-25T09:00", apologised: true),
        Make("B", "X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", rating: 5, field: "Đất đai"),
        Make("C", "X2", "2024-12-30T08:00", "2025-01-20T17:00", "2025-03-05T09:00"),
        Make("D", "X2", "2025-03-01T08:00", "2025-04-20T17:00"),
        Make("E", "X2", "2024-06-01T08:00", "2024-06-20T17:00"),
        Make("F", "X1", "2025-05-01T08:00", "2025-05-10T17:00", "2025-05-09T09:00", status: DossierStatus.Withdrawn),
    ];

    [Fact]
    public void The_binary_form_gives_back_every_counter_of_every_bucket()
    {
        var counts = Count(2025, Records);

        var read = new DossierAccumulator(2025);
        Assert.True(DossierCountsBinary.TryRead(DossierCountsBinary.Write(counts), read, 6));
        var back = read.Build();

        Assert.Equal(6, read.RecordsSeen);
        Assert.Equal(Dump(counts), Dump(back));
        Assert.Contains(Dump(counts), s => s.EndsWith(":1", StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_of_another_form_are_refused_and_nothing_is_added()
    {
        var bytes = DossierCountsBinary.Write(Count(2025, Records));
        var other = (byte[])bytes.Clone();
        other[0] = 99;
        var into = new DossierAccumulator(2025);

        Assert.False(DossierCountsBinary.TryRead(other, into, 6));
        Assert.False(DossierCountsBinary.TryRead(bytes[..(bytes.Length / 2)], into, 6));
        Assert.Empty(into.Build().Keys);
        Assert.Equal(0, into.RecordsSeen);
    }

    [Fact]
    public void Finished_records_counted_without_the_clock_plus_the_unfinished_as_of_an_instant_equal_everything_as_of_that_instant()
    {
        var asOf = Local("2025-04-25T12:00");
        var finishedOnly = new DossierYearsAccumulator(new DossierAccumulatorOptions { MaxLateListed = 0 }, finishedOnly: true);
        foreach (var r in Records) finishedOnly.Add(r);
        var options = new DossierAccumulatorOptions { AsOf = asOf, MaxLateListed = 0 };
        var split = new DossierAccumulator(2025, options);
        foreach (var r in Records.Where(r => r.FinishedAt is null)) split.Add(r);
        var (finished, seen) = finishedOnly.BuildYear(2025);
        split.Add(finished, seen);

        Assert.Equal(6, finishedOnly.Count);
        Assert.Equal([2024, 2025], finishedOnly.OwnYears);
        Assert.Equal(Local("2025-05-09T09:00").UtcTicks, finishedOnly.MaxFinishedTicks);
        Assert.Equal(Dump(Count(2025, Records, options)), Dump(split.Build()));
    }

    [Fact]
    public void Records_without_a_finish_date_kept_beside_the_counts_come_back_with_every_field_a_count_reads_and_count_the_same_as_of_any_instant()
    {
        DossierRecord[] open =
        [
            Make("G", "X1", "2025-03-01T08:00", "2025-04-20T17:00", apologised: true, fees: true, paidOnline: false, level: OnlineServiceLevel.Full,
                channel: DossierChannel.Online, rating: 4, reused: true) with { ProcedureCode = "1.001", ProcedureName = "Khai sinh" },
            Make("H", "X2", "2024-06-01T08:00", "2024-06-20T17:00", status: DossierStatus.AwaitingAdditions, field: "Đất đai", digitised: false),
            Make("I", "X2", "2024-06-01T08:00", "2024-05-20T17:00", status: DossierStatus.Refused) with { Field = null },
        ];
        var bytes = DossierCountsBinary.Write(Count(2025, Records), open);

        var back = new List<DossierRecord>();
        var counts = new DossierAccumulator(2025);
        Assert.True(DossierCountsBinary.TryReadUnfinished(bytes, back));
        Assert.True(DossierCountsBinary.TryRead(bytes, counts, 6));
        Assert.Equal(open.Select(d => UnfinishedRecords.Kept(d)).OrderBy(d => d.ReceivedAt).ThenBy(d => d.DueAt), back);
        Assert.Equal(Dump(Count(2025, Records)), Dump(counts.Build()));
        foreach (var asOf in new[] { Local("2025-03-10T12:00"), Local("2025-05-01T00:00"), Local("2026-01-05T00:00") })
        {
            var options = new DossierAccumulatorOptions { AsOf = asOf, MaxLateListed = 0 };
            Assert.Equal(Dump(Count(2025, open, options)), Dump(Count(2025, back, options)));
        }

        Assert.False(DossierCountsBinary.TryReadUnfinished(bytes[..(bytes.Length / 3)], []));
        var precise = open[0] with { DueAt = open[0].DueAt.AddTicks(1) }; // not in whole seconds: kept to the tick
        var preciseBack = new List<DossierRecord>();
        Assert.True(DossierCountsBinary.TryReadUnfinished(DossierCountsBinary.Write(Count(2025, Records), [precise, open[1]]), preciseBack));
        Assert.Equal([UnfinishedRecords.Kept(open[1]), UnfinishedRecords.Kept(precise)], preciseBack);
    }

    [Fact]
    public void A_finished_only_accumulation_keeps_the_records_without_a_finish_date()
    {
        var finishedOnly = new DossierYearsAccumulator(new DossierAccumulatorOptions { MaxLateListed = 0 }, finishedOnly: true);
        foreach (var r in Records) finishedOnly.Add(r);

        Assert.Equal(["D", "E"], Records.Where(r => r.FinishedAt is null).Select(r => r.Code));
        Assert.Equal(Records.Where(r => r.FinishedAt is null).Select(d => UnfinishedRecords.Kept(d)), finishedOnly.Unfinished);
        Assert.All(finishedOnly.Unfinished, d => Assert.Equal("", d.Code));
    }

    [Fact]
    public void Replaced_versions_say_whether_one_had_a_finish_date()
    {
        var open = new TouchedYears();
        open.Add(2025, null);
        var finished = new TouchedYears();
        finished.Add(2024, 2025);
        var unknown = new TouchedYears();
        unknown.AddEveryYear();

        Assert.False(open.AnyFinished);
        Assert.True(finished.AnyFinished);
        Assert.True(unknown.AnyFinished);
    }

    private static List<string> Dump(DossierCounts counts) =>
        [.. counts.Keys.OrderBy(k => k.Unit, StringComparer.Ordinal).ThenBy(k => k.Field, StringComparer.Ordinal)
            .SelectMany(k => Enum.GetValues<DossierCounter>().SelectMany(c => Enumerable.Range(0, 13)
                .Select(m => $"{k.Unit}|{k.Field}|{c}|{m}:{counts.Raw(k.Unit, k.Field, c, m)}")))];
}
