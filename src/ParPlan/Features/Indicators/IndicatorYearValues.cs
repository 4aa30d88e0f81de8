using System.Data.Common;
using Microsoft.Extensions.Options;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>The engine and the values' store for <see cref="IndicatorComputer"/>: runs the engine with the configured
/// convention and the org roll-up on each year's counts (without the empty rates, <see cref="EmptyRates"/>), adds Decision 766 estimates and the rows about units outside
/// their dates, brings the year's stored values to them (<see cref="IndicatorValueWriter"/>: only changes), and removes the
/// values of years outside the store's range; on the computation's plain connection.</summary>
internal sealed class IndicatorYearValues(IOptions<IndicatorOptions> options, AuditActor actor, TimeProvider time)
{
    /// <summary>A full computation covers the store's range only: values of years outside it (all, for an empty store)
    /// are removed, as are those of touched years that fell outside it.</summary>
    public async Task DeleteOutsideAsync(DbConnection connection, (int First, int Last)? range, TouchedYears? touched, CancellationToken ct)
    {
        var years = new List<int>();
        if (touched is null)
        {
            await using var command = StoreCommands.Command(connection, null, "SELECT DISTINCT \"Year\" FROM \"IndicatorValues\"" +
                (range is null ? "" : " WHERE \"Year\" < @f OR \"Year\" > @l"));
            if (range is { } r)
            {
                StoreCommands.Add(command, "@f", r.First);
                StoreCommands.Add(command, "@l", r.Last);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) years.Add(reader.GetInt32(0));
        }
        else
        {
            years = range is { } r ? [.. touched.Outside(r.First, r.Last)] : [.. touched.Years];
        }

        var writer = new IndicatorValueWriter(connection, actor, time, options.Value.ResolveConvention().Name);
        foreach (var year in years) await writer.DeleteYearAsync(year, ct);
    }

    /// <summary>Runs the engine with the org tree <paramref name="tree"/> (read elsewhere meanwhile) on each year's counts
    /// (each produced when its turn comes) and replaces the year's values; returns the dossiers seen, the values stored
    /// and the dossiers counted outside their unit's dates.</summary>
    public async Task<(long Seen, long Stored, long Outside)> StoreAsync(DbConnection connection, Task<UnitHierarchy> tree,
        IEnumerable<(int Year, Task<(DossierCounts Counts, long Seen)> Counts)> years, CancellationToken ct)
    {
        var hierarchy = await tree;
        ImportTimings.Mark("chỉ số: cây đơn vị");
        var convention = options.Value.ResolveConvention();
        var empty = EmptyRates.Of(convention);
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Convention = convention, Hierarchy = hierarchy, ByField = true });
        long seen = 0, stored = 0, outside = 0;
        var writer = new IndicatorValueWriter(connection, actor, time, convention.Name);
        foreach (var (year, pending) in years)
        {
            var (counts, n) = await pending;
            seen += n;
            ImportTimings.Mark($"chỉ số: số đếm năm {year}");
            var rows = new List<ComputedValue>();
            foreach (var period in ReportingPeriod.AllOf(year))
            {
                var (computed, estimates) = engine.ComputeWithEstimates(counts, period);
                foreach (var v in computed)
                {
                    if (!empty.LeavesOut(v.Code, v.Numerator, v.Denominator))
                        rows.Add(new ComputedValue(v.Code, v.UnitCode, v.Period, v.Field ?? "", v.Numerator, v.Denominator, v.Value));
                }

                foreach (var (unit, estimate) in estimates)
                {
                    rows.AddRange(estimate.Groups.Select(g => new ComputedValue(IndicatorComputer.Estimate766Prefix + Decision766GroupLabels.Code(g.Group), unit, period.Code, "", 0L, null, g.Points)));
                    rows.Add(new ComputedValue(IndicatorComputer.Estimate766Prefix + Decision766GroupLabels.TotalCode, unit, period.Code, "", 0L, (long)estimate.MaxPoints, estimate.Points));
                }

                var notCreated = engine.OutsideUnitDates(counts, period);
                if (period.FirstMonth == period.LastMonth) outside += notCreated.Total.Received;
                foreach (var (unit, o) in notCreated.ByUnit)
                {
                    rows.Add(new ComputedValue(IndicatorComputer.OutsideDatesReceived, unit, period.Code, "", o.Received, null, o.Received));
                    rows.Add(new ComputedValue(IndicatorComputer.OutsideDatesFinished, unit, period.Code, "", o.Finished, null, o.Finished));
                }
            }

            ImportTimings.Mark($"chỉ số: tính năm {year} ({rows.Count} giá trị)");
            stored += await writer.ReplaceYearAsync(year, rows, ct);
            ImportTimings.Mark($"chỉ số: ghi giá trị năm {year}");
        }

        return (seen, stored, outside);
    }
}
