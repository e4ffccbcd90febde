using System.Collections.Concurrent;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>A logger whose lines a test can read, every level kept.</summary>
public sealed class TestLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public TestLog() => Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public ILogger Logger { get; }

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Every line so far as "[Level] message", with the exception when there is one.</summary>
    public IReadOnlyList<string> Lines() =>
        _events.Select(e => $"[{e.Level}] {e.RenderMessage()}{(e.Exception is null ? "" : " " + e.Exception)}").ToList();

    public IReadOnlyList<string> Lines(LogEventLevel atLeast) =>
        _events.Where(e => e.Level >= atLeast).Select(e => $"[{e.Level}] {e.RenderMessage()}").ToList();

    public string Text() => string.Join('\n', Lines());
}
