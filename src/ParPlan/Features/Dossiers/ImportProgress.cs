using System.Collections.Concurrent;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>Live progress of running imports (bytes read), for the polling import page.</summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<long, DossierReadProgress> live = new();

    public void Report(long batchId, DossierReadProgress progress) => live[batchId] = progress;

    public DossierReadProgress? Get(long batchId) => live.TryGetValue(batchId, out var p) ? p : null;

    public void Forget(long batchId) => live.TryRemove(batchId, out _);
}
