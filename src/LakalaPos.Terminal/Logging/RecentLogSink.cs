using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.Terminal.Logging;

/// <summary>Keeps the last lines logged, for a failing replay's diagnosis and for the no-secrets-in-logs test.</summary>
public sealed class RecentLogSink(int capacity) : ILogEventSink
{
    private readonly Queue<string> _lines = new();
    private readonly List<string> _all = new();
    private readonly object _gate = new();

    public void Emit(LogEvent logEvent)
    {
        var line = $"{logEvent.Timestamp:HH:mm:ss.fff} [{logEvent.Level.ToString()[..3].ToUpperInvariant()}] {logEvent.RenderMessage()}"
                   + (logEvent.Exception is null ? "" : " " + logEvent.Exception.GetType().Name + ": " + logEvent.Exception.Message);
        lock (_gate)
        {
            _lines.Enqueue(line);
            _all.Add(line);
            while (_lines.Count > capacity)
                _lines.Dequeue();
        }
    }

    public IReadOnlyList<string> Recent
    {
        get
        {
            lock (_gate)
                return _lines.ToList();
        }
    }

    /// <summary>Everything logged since the sink was made (tests search it for secrets).</summary>
    public IReadOnlyList<string> All
    {
        get
        {
            lock (_gate)
                return _all.ToList();
        }
    }
}
