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
