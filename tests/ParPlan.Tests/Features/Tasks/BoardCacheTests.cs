using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using ParPlan.Features.Tasks;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Tasks;

public sealed class BoardCacheTests
{
    [Fact]
    public void Progress_only_changes_are_journalled_by_task_and_a_structural_change_ends_the_journal()
    {
        using var generations = new ChangeGenerations();
        var (start, _) = generations.Snapshot();
        var (structureBefore, structureExpires) = generations.StructureSnapshot();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();

        generations.Bump(structural: false, [a]);
        generations.Bump(structural: false, [b, a]);
        var afterProgress = generations.TryTouchedSince(start, out var touched);
        var sinceFirst = generations.TryTouchedSince(start + 1, out var touchedSinceFirst);
        var structureUnchanged = generations.StructureSnapshot().Generation == structureBefore && !structureExpires.HasChanged;
        var (beforeStructural, _) = generations.Snapshot();
        generations.Bump(structural: true);
        var afterStructural = generations.TryTouchedSince(beforeStructural, out _);
        var (now, _) = generations.Snapshot();
        var sinceNow = generations.TryTouchedSince(now, out var nothing);

        Assert.True(afterProgress);
        Assert.Equal(new HashSet<Guid> { a, b }, touched);
        Assert.True(sinceFirst);
        Assert.Equal(new HashSet<Guid> { a, b }, touchedSinceFirst);
        Assert.True(structureUnchanged);
        Assert.False(afterStructural);
        Assert.True(structureExpires.HasChanged);
        Assert.True(sinceNow);
        Assert.Empty(nothing);
    }

    [Fact]
    public void A_change_fires_the_token_of_the_generation_it_supersedes()
    {
        using var generations = new ChangeGenerations();
        var (_, expires) = generations.Snapshot();
        var (_, structureExpires) = generations.StructureSnapshot();

        generations.Bump(structural: false, [Guid.NewGuid()]);

        Assert.True(expires.HasChanged);
        Assert.False(structureExpires.HasChanged);
    }

    [Fact]
    public async Task Concurrent_readers_of_a_missing_entry_share_one_computation_and_the_entry_leaves_when_its_generation_ends()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        using var generations = new ChangeGenerations();
        var (_, expires) = generations.Snapshot();
        var computations = 0;
        var release = new TaskCompletionSource();
        async Task<int> Compute()
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return 42;
        }

        var readers = Enumerable.Range(0, 16).Select(_ => cache.GetOrComputeAsync("key", expires, TimeSpan.FromMinutes(5), Compute)).ToList();
        release.SetResult();
        var answers = await Task.WhenAll(readers);
        var cachedBefore = cache.TryGetValue("key", out int _);
        generations.Bump();
        var cachedAfter = cache.TryGetValue("key", out int _);

        Assert.All(answers, a => Assert.Equal(42, a));
        Assert.Equal(1, computations);
        Assert.True(cachedBefore);
        Assert.False(cachedAfter);
    }

    [Fact]
    public async Task Two_caches_computing_the_same_key_at_the_same_moment_each_keep_their_own_value()
    {
        using var generations = new ChangeGenerations();
        var (_, expires) = generations.Snapshot();
        using var first = new MemoryCache(new MemoryCacheOptions());
        using var second = new MemoryCache(new MemoryCacheOptions());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<string> Compute(string value)
        {
            await release.Task;
            return value;
        }

        var fromFirst = first.GetOrComputeAsync(("board", 7L), expires, TimeSpan.FromMinutes(5), () => Compute("first"));
        var fromSecond = second.GetOrComputeAsync(("board", 7L), expires, TimeSpan.FromMinutes(5), () => Compute("second"));
        release.SetResult();

        Assert.Equal("first", await fromFirst);
        Assert.Equal("second", await fromSecond);
        Assert.Equal("second", second.Get<string>(("board", 7L)));
    }

    [Fact]
    public async Task The_dashboard_and_my_tasks_follow_each_progress_report_after_they_were_cached()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        async Task<(int InProgress, int Done)> Dashboard()
        {
            var d = await standing.GetFromJsonAsync<JsonElement>("/api/dashboard");
            return (d.GetProperty("inProgress").GetInt32(), d.GetProperty("done").GetInt32());
        }

        async Task<string?> MyStatus() => (await officer.GetFromJsonAsync<JsonElement>("/api/tasks/mine")).EnumerateArray()
            .Single(t => t.GetProperty("id").GetGuid() == s.TaskA).GetProperty("status").GetString();

        async Task Report(string status, int percent)
        {
            var version = (await officer.GetFromJsonAsync<JsonElement>($"/api/tasks/{s.TaskA}")).GetProperty("version").GetInt64();
            (await officer.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress", new { status, percent, version })).EnsureSuccessStatusCode();
        }

        var before = (await Dashboard(), await MyStatus());
        await Report("in-progress", 40);
        var working = (await Dashboard(), await MyStatus());
        await Report("done", 100);
        var finished = (await Dashboard(), await MyStatus());

        Assert.Equal(((0, 0), "not-started"), before);
        Assert.Equal(((1, 0), "in-progress"), working);
        Assert.Equal(((0, 1), "done"), finished);
    }
}
