using System.Threading.Channels;

namespace ParPlan.Features.Dossiers;

/// <summary>The queue of staged uploads waiting for <see cref="DossierImportWorker"/>.</summary>
public sealed class ImportJobs
{
    private readonly Channel<long> channel = Channel.CreateUnbounded<long>();

    public void Enqueue(long batchId) => channel.Writer.TryWrite(batchId);

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);
}
