using Serilog;
using Serilog.Events;

namespace LakalaPos.Devices.Ports;

/// <summary>
/// Logs bad input from a device without flooding the log: the first report in a window is
/// written, later ones in that window are only counted, and the count goes out with the next
/// report after it. A loose cable spraying bytes gives a few clear lines, not thousands.
/// </summary>
internal sealed class NoiseLog(ILogger log, LogEventLevel level, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private long? _windowStart;
    private int _unlogged;

    /// <summary>Logs the message, or counts it when one was logged less than <see cref="Window"/> ago.</summary>
    public void Write(string template, params object?[] values)
    {
        int unlogged;
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_windowStart is { } start && time.GetElapsedTime(start, now) < Window)
            {
                _unlogged++;
                return;
            }
            _windowStart = now;
            unlogged = _unlogged;
            _unlogged = 0;
        }
        if (unlogged > 0)
            log.Write(level, "({Unlogged} more like the next line in the last {Seconds} s were not logged)", unlogged, (int)Window.TotalSeconds);
        log.Write(level, template, values);
    }
}
