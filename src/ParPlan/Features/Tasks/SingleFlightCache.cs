using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace ParPlan.Features.Tasks;

/// <summary>Cache reads that compute a missing value once, however many requests ask for it at the same moment: after a
/// change every waiting request shares one computation instead of each starting its own (a cache stampede).</summary>
public static class SingleFlightCache
{
    /// <summary>The computations under way, per cache: two caches (two hosts in one process) never share one.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IMemoryCache, ConcurrentDictionary<object, Lazy<Task<object?>>>>
        InFlight = new();

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

        var inFlight = InFlight.GetValue(cache, _ => new ConcurrentDictionary<object, Lazy<Task<object?>>>());
        var flight = inFlight.GetOrAdd(key, k => new Lazy<Task<object?>>(async () =>
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
            inFlight.TryRemove(new KeyValuePair<object, Lazy<Task<object?>>>(key, flight));
        }
    }
}
