using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>Every log line the simulator writes, rendered, with exception text.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly List<string> _lines = [];

    public CapturedLog() => Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public ILogger Logger { get; }

    public IReadOnlyList<string> Lines => _lines;

    public string All => string.Join("\n", _lines);

    public void Emit(LogEvent logEvent) =>
        _lines.Add(logEvent.RenderMessage() + (logEvent.Exception is null ? "" : " " + logEvent.Exception));
}
