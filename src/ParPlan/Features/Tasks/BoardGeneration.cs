using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace ParPlan.Features.Tasks;

/// <summary>Generations of the data the task board is computed from, bumped whenever plans, tasks, assignments, triggers
/// or progress change, so what is computed from them can be cached between changes. Each generation has a change token
/// that fires at the next bump: cache entries tied to it leave the cache at once instead of lingering until they expire.
/// The structure (everything but progress) has a generation of its own.</summary>
public sealed class ChangeGenerations : IDisposable
{
    private readonly Lock sync = new();
    private long value;
    private long structure;
    private CancellationTokenSource source = new();
    private CancellationTokenSource structureSource = new();

    /// <summary>The tasks each recent progress-only change touched, so a board can be brought up to date by re-reading
    /// just those tasks. Generations up to <see cref="journalFloor"/> are not covered.</summary>
    private readonly Queue<(long Generation, Guid[] Tasks)> journal = new();
    private long journalFloor;
    private const int JournalLimit = 512;

    public long Current => Interlocked.Read(ref value);

    /// <summary>The current generation and the token that fires when it is superseded.</summary>
    public (long Generation, IChangeToken Expires) Snapshot()
    {
        lock (sync)
        {
            return (value, new CancellationChangeToken(source.Token));
        }
    }

    /// <summary>The generation of the board's structure (plans, tasks, schedules, assignments, triggers, units), which
    /// progress reports leave alone, and the token that fires when it is superseded.</summary>
    public (long Generation, IChangeToken Expires) StructureSnapshot()
    {
        lock (sync)
        {
            return (structure, new CancellationChangeToken(structureSource.Token));
        }
    }

    /// <summary>A change: <paramref name="structural"/> false when only progress (status, percent, reports, evidence) of
    /// <paramref name="touchedTasks"/> changed.</summary>
    public void Bump(bool structural = true, IEnumerable<Guid>? touchedTasks = null)
    {
        CancellationTokenSource old;
        CancellationTokenSource? oldStructure = null;
        lock (sync)
        {
            value++;
            if (structural || touchedTasks is null)
            {
                journal.Clear();
                journalFloor = value;
            }
            else
            {
                journal.Enqueue((value, touchedTasks.ToArray()));
                if (journal.Count > JournalLimit)
                {
                    journalFloor = journal.Dequeue().Generation;
                }
            }

            old = source;
            source = new CancellationTokenSource();
            if (structural)
            {
                structure++;
                oldStructure = structureSource;
                structureSource = new CancellationTokenSource();
            }
        }

        // Not disposed: tokens taken from them may still be registering with the cache.
        old.Cancel();
        oldStructure?.Cancel();
    }

    public void Dispose()
    {
        lock (sync)
        {
            source.Dispose();
            structureSource.Dispose();
        }
    }

    /// <summary>The tasks touched by the changes after generation <paramref name="since"/>, when every one of them was a
    /// journalled progress-only change; false when something else changed or the journal no longer reaches back.</summary>
    public bool TryTouchedSince(long since, out HashSet<Guid> tasks)
    {
        lock (sync)
        {
            tasks = [];
            if (since < journalFloor)
            {
                return false;
            }

            foreach (var (generation, touched) in journal)
            {
                if (generation > since)
                {
                    tasks.UnionWith(touched);
                }
            }

            return true;
        }
    }
}

/// <summary>The process's <see cref="ChangeGenerations"/>, bumped by the search-index interceptor on every save that
/// touches the board's data.</summary>
public static class BoardGeneration
{
    public static ChangeGenerations Shared { get; } = new();

    public static long Current => Shared.Current;

    public static (long Generation, IChangeToken Expires) Snapshot() => Shared.Snapshot();

    public static (long Generation, IChangeToken Expires) StructureSnapshot() => Shared.StructureSnapshot();

    public static void Bump(bool structural = true, IEnumerable<Guid>? touchedTasks = null) => Shared.Bump(structural, touchedTasks);

    public static bool TryTouchedSince(long since, out HashSet<Guid> tasks) => Shared.TryTouchedSince(since, out tasks);
}

/// <summary>Cache reads that compute a missing value once, however many requests ask for it at the same moment: after a
/// change every waiting request shares one computation instead of each starting its own (a cache stampede).</summary>
public static class SingleFlightCache
{
    private static readonly ConcurrentDictionary<object, Lazy<Task<object?>>> InFlight = new();

    /// <summary>The cached value of <paramref name="key"/>, or the one computation of it; the entry expires after
    /// <paramref name="lifetime"/> or when <paramref name="expires"/> fires. The computation does not observe the caller's
    /// cancellation, since other requests wait for it too.</summary>
    public static async Task<T> GetOrComputeAsync<T>(this IMemoryCache cache, object key, IChangeToken expires, TimeSpan lifetime,
        Func<Task<T>> compute)
    {
        if (cache.TryGetValue(key, out T? hit))
        {
            return hit!;
        }

        var flight = InFlight.GetOrAdd(key, k => new Lazy<Task<object?>>(async () =>
        {
            var computed = await compute();
            if (!expires.HasChanged)
            {
                cache.Set(k, computed, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }.AddExpirationToken(expires));
            }

            return computed;
        }));
        try
        {
            return (T)(await flight.Value)!;
        }
        finally
        {
            InFlight.TryRemove(new KeyValuePair<object, Lazy<Task<object?>>>(key, flight));
        }
    }
}
