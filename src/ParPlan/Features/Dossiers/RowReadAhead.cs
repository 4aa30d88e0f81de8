using System.Collections.Concurrent;
using System.Threading.Channels;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>Reads and parses rows on a worker thread while the importer writes the previous ones (the machine has
/// two cores: one parses, one runs SQLite). Rows arrive in file order, in blocks, at most <see cref="MaxRowsAhead"/>
/// ahead of the writer; an observer (the fast-path accumulator) sees each row on the worker thread. A reader error
/// surfaces from <see cref="ReadAllAsync"/> unchanged. A block the writer has finished (it asked for the next one) goes
/// back to the worker to be filled again, so a million rows allocate a few hundred blocks instead of 4,000 (150 MB).</summary>
internal sealed class RowReadAhead : IAsyncDisposable
{
    private const int BlockSize = 256;
    public const int MaxRowsAhead = BlockSize * 256;

    private readonly Channel<DossierRow[]> channel = Channel.CreateBounded<DossierRow[]>(
        new BoundedChannelOptions(MaxRowsAhead / BlockSize) { SingleReader = true, SingleWriter = true });
    private readonly ConcurrentQueue<DossierRow[]> spare = new();
    private readonly CancellationTokenSource stop;
    private readonly Task producer;

    /// <param name="rows">The reader's rows; enumerated on the worker thread only. It is given the token that disposing
    /// cancels, so disposing stops it.</param>
    public RowReadAhead(Func<CancellationToken, IEnumerable<DossierRow>> rows, Action<DossierRow>? observe, CancellationToken ct)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = stop.Token;
        producer = Task.Factory.StartNew(() => Produce(rows(token), observe, token), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public async IAsyncEnumerable<DossierRow[]> ReadAllAsync()
    {
        while (await channel.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (channel.Reader.TryRead(out var block))
            {
                yield return block;

                // The consumer is done with the block once it asks for the next one.
                if (block.Length == BlockSize) spare.Enqueue(block);
            }
        }

        await producer;
    }

    private void Produce(IEnumerable<DossierRow> rows, Action<DossierRow>? observe, CancellationToken token)
    {
        try
        {
            var block = new DossierRow[BlockSize];
            var count = 0;
            foreach (var row in rows)
            {
                observe?.Invoke(row);
                block[count++] = row;
                if (count < BlockSize) continue;
                Write(block, token);
                (block, count) = (spare.TryDequeue(out var reused) ? reused : new DossierRow[BlockSize], 0);
            }

            if (count > 0) Write(block[..count], token);
        }
        finally
        {
            channel.Writer.Complete();
        }
    }

    private void Write(DossierRow[] block, CancellationToken token)
    {
        if (!channel.Writer.TryWrite(block)) channel.Writer.WriteAsync(block, token).AsTask().GetAwaiter().GetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await producer;
        }
        catch (Exception)
        {
            // Already reported through ReadAllAsync, or a cancellation caused by this dispose.
        }

        stop.Dispose();
    }
}
