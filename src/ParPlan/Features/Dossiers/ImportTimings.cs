using System.Diagnostics;
using System.Runtime;
using System.Globalization;

namespace ParPlan.Features.Dossiers;

/// <summary>Where a command-line import spends its time, step by step: <c>parplan dossiers import FILE --Dossiers:Timings=true</c>
/// (or the environment variable <c>Dossiers__Timings=true</c>) prints each step's duration on stderr after the summary.
/// The steps are recorded only inside the flow that called <see cref="Start"/> (an async-local recorder); elsewhere, and
/// always in the web app, <see cref="Mark"/> does nothing. Each step also says how many methods the runtime compiled
/// during it (JIT, every thread): a precompiled binary should compile few, and what it still compiles costs time.</summary>
internal static class ImportTimings
{
    private static readonly AsyncLocal<Recorder?> Current = new();

    public static bool Enabled => Current.Value is not null;

    /// <summary>Starts recording in the calling flow; disposing the result stops it.</summary>
    public static IDisposable Start()
    {
        var recorder = new Recorder();
        Current.Value = recorder;
        return recorder;
    }

    /// <summary>Notes that <paramref name="step"/> ended now (it began at the previous mark).</summary>
    public static void Mark(string step) => Current.Value?.Mark(step);

    /// <summary>One line per step, in milliseconds, then what the runtime compiled in the whole process.</summary>
    public static string Report() => Current.Value is { } recorder
        ? recorder.Report() + Environment.NewLine + string.Create(CultureInfo.InvariantCulture,
            $"  JIT cả tiến trình: {JitInfo.GetCompiledMethodCount()} phương thức, {JitInfo.GetCompilationTime().TotalMilliseconds:0} ms")
        : "";

    private sealed class Recorder : IDisposable
    {
        private readonly List<(string Step, TimeSpan Took, long Compiled)> steps = [];
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan last;
        private long compiled = JitInfo.GetCompiledMethodCount();

        public void Mark(string step)
        {
            var now = clock.Elapsed;
            var count = JitInfo.GetCompiledMethodCount();
            lock (steps)
            {
                steps.Add((step, now - last, count - compiled));
                last = now;
                compiled = count;
            }
        }

        public string Report()
        {
            lock (steps)
            {
                return string.Join(Environment.NewLine, steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"  {s.Took.TotalMilliseconds,8:0} ms  {s.Step}{(s.Compiled > 0 ? $" (JIT: {s.Compiled})" : "")}")));
            }
        }

        public void Dispose()
        {
            if (Current.Value == this) Current.Value = null;
        }
    }
}
