using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.Journal.Tests.Support;

/// <summary>Serilog loggers for tests: one that drops everything, one that keeps rendered lines.</summary>
public static class Logs
{
    public static ILogger Silent { get; } = new LoggerConfiguration().CreateLogger();

    public static (ILogger Logger, CapturedLines Lines) Capturing()
    {
        var lines = new CapturedLines();
        var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(lines).CreateLogger();
        return (logger, lines);
    }
}

public sealed class CapturedLines : ILogEventSink
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_lines)
                return _lines.ToList();
        }
    }

    public void Emit(LogEvent logEvent)
    {
        var line = $"{logEvent.Level} {logEvent.RenderMessage()} {logEvent.Exception}";
        lock (_lines)
            _lines.Add(line);
    }
}
