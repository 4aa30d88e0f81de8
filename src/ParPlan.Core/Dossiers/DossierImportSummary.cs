namespace ParPlan.Core.Dossiers;

/// <summary>
/// The outcome of an import: counts, the first rejections (capped), and the receipt-date span of the accepted rows.
/// Built while the rows stream past, so it costs no memory per accepted row.
/// </summary>
public sealed record DossierImportSummary(
    long Accepted, long Rejected, IReadOnlyList<DossierRejection> Rejections, bool RejectionsTruncated,
    DateTimeOffset? FirstReceivedAt, DateTimeOffset? LastReceivedAt)
{
    /// <summary>
    /// Streams <paramref name="rows"/>, hands each accepted record to <paramref name="onAccepted"/> (store it, count it …)
    /// and keeps at most <paramref name="maxRejections"/> rejections for the report.
    /// </summary>
    public static DossierImportSummary Collect(IEnumerable<DossierRow> rows, Action<DossierRecord>? onAccepted = null,
        int maxRejections = 1_000)
    {
        long accepted = 0, rejected = 0;
        DateTimeOffset? first = null, last = null;
        var rejections = new List<DossierRejection>();
        foreach (var row in rows)
        {
            if (!row.IsAccepted)
            {
                rejected++;
                if (rejections.Count < maxRejections) rejections.Add(new DossierRejection(row.Line, row.Error!));
                continue;
            }
            accepted++;
            var received = row.Record.ReceivedAt;
            if (first is null || received < first) first = received;
            if (last is null || received > last) last = received;
            onAccepted?.Invoke(row.Record);
        }
        return new DossierImportSummary(accepted, rejected, rejections, rejected > rejections.Count, first, last);
    }
}
