using System.Net.Http.Json;
using System.Text.Json;

namespace ParPlan.Features.Bench;

/// <summary>Readers under a steady trickle of writes: a unit officer posts progress at a fixed interval while the load runs,
/// so every cache keyed on the data generation is invalidated again and again, as on a working day.</summary>
public static class MixedLoad
{
    private sealed record MyTask(Guid Id, string Role);

    private sealed record TaskVersion(long Version);

    public static async Task<(LoadResult Reads, int Writes, int WriteFailures)> RunAsync(HttpClient reader, string path, HttpClient writer,
        int clients, int requests, TimeSpan maxTime, TimeSpan writeEvery)
    {
        var lead = (await writer.GetFromJsonAsync<List<MyTask>>("/api/tasks/mine", JsonSerializerOptions.Web) ?? [])
            .Where(t => t.Role == "lead").ToList();
        if (lead.Count == 0)
        {
            throw new InvalidOperationException("The bench officer leads no task.");
        }

        using var stop = new CancellationTokenSource();
        var writes = 0;
        var failures = 0;
        async Task WriteLoop()
        {
            using var timer = new PeriodicTimer(writeEvery);
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    var task = lead[writes % lead.Count];
                    var current = await writer.GetFromJsonAsync<TaskVersion>($"/api/tasks/{task.Id}", JsonSerializerOptions.Web, stop.Token);
                    using var response = await writer.PostAsJsonAsync($"/api/tasks/{task.Id}/progress",
                        new { status = "in-progress", percent = 10 + (writes % 80), note = $"Báo cáo thử {writes}", version = current!.Version },
                        JsonSerializerOptions.Web, stop.Token);
                    writes++;
                    if (!response.IsSuccessStatusCode)
                    {
                        failures++;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        var writing = Task.Run(WriteLoop);
        var reads = await LoadGenerator.RunAsync(reader, path, clients, requests, maxTime);
        await stop.CancelAsync();
        await writing;
        return (reads with { Path = path + " +writes" }, writes, failures);
    }
}
