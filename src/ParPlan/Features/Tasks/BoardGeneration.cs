using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace ParPlan.Features.Tasks;

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
