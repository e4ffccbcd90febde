using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Security;
using LakalaPos.Devices.Headless;
using LakalaPos.Journal.Tests.Support;
using Serilog.Core;

namespace LakalaPos.Benchmarks;

/// <summary>
/// A terminal engine as the core's tests build one (tests/LakalaPos.Core.Tests/Support/TestTerminal.cs):
/// a manual clock, headless devices, the in-memory journal, a host link that is never used — no I/O.
/// It starts at the sale's amount prompt (menu 1).
/// </summary>
internal sealed class EngineAtAmountPrompt
{
    private readonly HeadlessKeypad _keys = new();
    private readonly HeadlessDisplay _display = new(32);
    private readonly TerminalEngine _engine;

    public EngineAtAmountPrompt()
    {
        var clock = new ManualClock(JournalRecords.Time);
        var devices = new TerminalDevices(_keys, _display, new HeadlessCardReader(), null);
        var options = new TerminalOptions { PanProtector = new PanProtector(new byte[32]) };
        _engine = new TerminalEngine(devices, new InMemoryJournal(clock), new UnusedHostLink(), options, clock, Logger.None,
            TerminalFlows.StartingWith(_ => SaleActivity.FromMenu()));
        _engine.PowerOn();
        _engine.Context.Session.OperatorNo = "01";
        if (_engine.ActivityName != "Sale/Amount")
            throw new InvalidOperationException($"the engine should be at the sale's amount prompt, is in {_engine.ActivityName}");
    }

    public int ScreensShown => _display.ShownCount;

    /// <summary>One key, handled: the amount prompt draws its new screen.</summary>
    public void Step(Key key)
    {
        _keys.Press(key);
        _engine.RunUntilIdle();
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => start;
        public override long GetTimestamp() => 0;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override TimeZoneInfo LocalTimeZone => TerminalOptions.ChinaStandardTime;
    }

    private sealed class UnusedHostLink : IHostLink
    {
        public event EventHandler<HostLinkResult>? Completed { add { } remove { } }
        public bool IsReachable() => true;
        public void Send(HostRequest request) => throw new InvalidOperationException("the engine step sends nothing");
        public void Abandon(HostRequest request) { }
    }
}

/// <summary>Engine step: a key at the amount prompt → the new screen (a digit, then CLEAR, so the amount never fills).</summary>
[MemoryDiagnoser]
public class EngineStepBenchmarks
{
    private EngineAtAmountPrompt _terminal = null!;

    [GlobalSetup]
    public void Setup() => _terminal = new EngineAtAmountPrompt();

    [Benchmark(OperationsPerInvoke = 2, Description = "engine step: key → new screen (mean)")]
    public int DigitThenClear()
    {
        _terminal.Step(Key.D1);
        _terminal.Step(Key.Clear);
        return _terminal.ScreensShown;
    }
}

/// <summary>
/// The same step one at a time: one invocation per iteration, 2,000 iterations, no forced GC between
/// them and no outlier left out, so the P99 column is the 99th percentile of single steps (a GC that lands in a step counts).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SingleStepConfig))]
public class EngineStepLatencyBenchmarks
{
    private EngineAtAmountPrompt _terminal = null!;
    private bool _digitNext = true;

    [GlobalSetup]
    public void Setup() => _terminal = new EngineAtAmountPrompt();

    [Benchmark(Description = "engine step: key → new screen (single steps, P99)")]
    public int OneStep()
    {
        _terminal.Step(_digitNext ? Key.D1 : Key.Clear);
        _digitNext = !_digitNext;
        return _terminal.ScreensShown;
    }

    private sealed class SingleStepConfig : ManualConfig
    {
        public SingleStepConfig() =>
            AddJob(Job.Default.WithId("single-step").WithLaunchCount(1).WithWarmupCount(100).WithIterationCount(2_000)
                .WithInvocationCount(1).WithUnrollFactor(1).WithGcForce(false)
                .WithOutlierMode(OutlierMode.DontRemove).InProcess());
    }
}
