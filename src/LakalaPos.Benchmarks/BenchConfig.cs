using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace LakalaPos.Benchmarks;

/// <summary>
/// The benchmarks' configuration: a short job (3 warm-ups, 5 measured iterations, one process), so
/// the whole set runs in a few minutes on a 2-core machine; the median and the P95/P99 columns
/// besides the mean, because the machine is shared and noisy. Any --job on the command line is added.
/// The benchmarks run in this process (the Release build `dotnet run -c Release` made): on a shared
/// 2-core machine, building BenchmarkDotNet's own project per job took longer than its 2-minute limit.
/// </summary>
public static class BenchConfig
{
    public static Job InProcess(this Job job) => job.WithToolchain(InProcessEmitToolchain.Instance);

    public static IConfig Short() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithIterationCount(5).InProcess().WithId("short"))
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column())
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
}

/// <summary>The 99th percentile of the measured iterations (with one invocation per iteration: of single operations).</summary>
public sealed class P99Column : IColumn
{
    public string Id => "P99";
    public string ColumnName => "P99";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => "99th percentile of the measured iterations";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
            return "NA";
        var nanoseconds = statistics.Percentiles.Percentile(99);
        return nanoseconds >= 1_000_000 ? $"{nanoseconds / 1_000_000:N2} ms"
            : nanoseconds >= 1_000 ? $"{nanoseconds / 1_000:N2} μs"
            : $"{nanoseconds:N1} ns";
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public override string ToString() => ColumnName;
}
