using System.Diagnostics;
using System.Net;

namespace ParPlan.Features.Bench;

/// <summary>A small closed-loop HTTP load generator: N clients each send the next request when the previous answers,
/// until a request count or a time limit is reached. Loopback only.</summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(HttpClient client, string path, int clients, int maxRequests, TimeSpan maxTime)
    {
        if (client.BaseAddress is not { } baseAddress || !IPAddress.IsLoopback(IPAddress.Parse(baseAddress.Host)))
        {
            throw new InvalidOperationException("The load generator only targets 127.0.0.1.");
        }

        var latencies = new List<double>(maxRequests);
        var failures = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        async Task Worker()
        {
            var local = new List<double>();
            while (Interlocked.Increment(ref issued) <= maxRequests && clock.Elapsed < maxTime)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                await response.Content.CopyToAsync(Stream.Null);
                local.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }

            lock (latencies)
            {
                latencies.AddRange(local);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Worker)));
        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        return new LoadResult(path, latencies.Count, failures, seconds, Percentile(0.50), Percentile(0.95), latencies.LastOrDefault());
    }
}
