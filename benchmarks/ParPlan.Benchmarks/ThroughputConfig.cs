using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParPlan.Benchmarks;

/// <summary>Adds an "MB/s" column: seed text bytes per operation divided by the mean time.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new MegabytesPerSecondColumn());
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Seed text megabytes (10^6 bytes) parsed per second";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var mean = report?.ResultStatistics?.Mean;
            if (mean is null or <= 0)
            {
                return "-";
            }

            var bytes = SeedFiles.All().Sum(s => new FileInfo(s).Length);
            return (bytes / 1e6 / (mean.Value / 1e9)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
