using System.Diagnostics;

namespace ParPlan.Tests.Hosting;

/// <summary>Time and memory one request costs the test process (client and in-process server together).</summary>
public sealed record UploadMeasurement(TimeSpan Elapsed, long AllocatedBytes, long WorkingSetGrowth)
{
    public static async Task<(T Result, UploadMeasurement Cost)> MeasureAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var workingSet = process.WorkingSet64;
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        process.Refresh();
        return (result, new UploadMeasurement(watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, process.WorkingSet64 - workingSet));
    }

    /// <summary>Under the 2 s answer and well under the 500 MB process budget (a parsed bomb costs gigabytes).</summary>
    public void AssertCheap()
    {
        Assert.True(Elapsed < TimeSpan.FromSeconds(2), $"answered in {Elapsed.TotalSeconds:0.00} s");
        Assert.True(AllocatedBytes < 300L * 1024 * 1024, $"allocated {AllocatedBytes / (1024 * 1024)} MB");
        Assert.True(WorkingSetGrowth < 300L * 1024 * 1024, $"working set grew {WorkingSetGrowth / (1024 * 1024)} MB");
    }
}

/// <summary>Memory is measured for the whole process, so these tests run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UploadMeasurementGroup
{
    public const string Name = "Upload measurement";
}
