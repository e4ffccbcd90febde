using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace LakalaPos.Terminal.Logging;

/// <summary>Keeps the last lines logged, for a failing replay's diagnosis and for the no-secrets-in-logs test.</summary>
public sealed class RecentLogSink(int capacity) : ILogEventSink
{
    private readonly Queue<string> _lines = new();
    private readonly List<string> _all = new();
    private readonly object _gate = new();

    // Same rendering as the file log: strings unquoted, so a line reads the same in both.
    private readonly MessageTemplateTextFormatter _format = new("{Timestamp:HH:mm:ss.fff} [{Level:u3}] {Message:lj}{Exception}");

    public void Emit(LogEvent logEvent)
    {
        var text = new StringWriter();
        _format.Format(logEvent, text);
        var line = text.ToString().ReplaceLineEndings(" ");
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
