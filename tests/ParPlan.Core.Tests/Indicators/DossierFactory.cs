using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Indicators;

/// <summary>Builds dossier records from local-time strings for indicator tests.</summary>
internal static class DossierFactory
{
    public static DateTimeOffset Local(string text) =>
        DossierCodes.TryParseLocalInstant(text, out var utc) ? utc : throw new FormatException(text);

    public static DossierRecord Make(string code, string unit, string received, string due, string? finished = null,
        DossierStatus? status = null, DossierChannel channel = DossierChannel.InPerson, bool? apologised = null,
        string field = "Hộ tịch", bool? fees = null, bool? paidOnline = null, bool? digitised = null,
        OnlineServiceLevel? level = null, byte? rating = null, bool? resultDigitised = null, bool? reused = null) => new()
        {
            Code = code,
            UnitCode = unit,
            Field = field,
            ReceivedAt = Local(received),
            DueAt = Local(due),
            FinishedAt = finished is null ? null : Local(finished),
            Status = status ?? (finished is null ? DossierStatus.InProcess : DossierStatus.Returned),
            Channel = channel,
            Apologised = apologised,
            HasFees = fees,
            PaidOnline = paidOnline,
            DossierDigitised = digitised,
            ServiceLevel = level,
            Rating = rating,
            ResultDigitised = resultDigitised,
            DataReused = reused,
        };

    public static DossierCounts Count(int year, IEnumerable<DossierRecord> records, DossierAccumulatorOptions? options = null)
    {
        var acc = new DossierAccumulator(year, options);
        foreach (var r in records) acc.Add(r);
        return acc.Build();
    }
}
