using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Ports;
using Serilog;
using Serilog.Events;

namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>
/// An ESC/POS receipt printer on a serial port (58 mm: 32 columns, 80 mm: 48). Before each
/// receipt it asks the paper sensor (DLE EOT 4): no paper is <see cref="PrintOutcome.PaperOut"/>
/// and nothing is sent; a printer that does not answer within <see cref="DefaultStatusTimeout"/> is
/// printed to anyway. Between receipts it asks every <see cref="PaperPollInterval"/> so paper
/// running out or being loaded is reported (<see cref="PaperChanged"/>, on the port's thread or
/// the timer's). A port that is away makes a print <see cref="PrintOutcome.Failed"/>.
/// </summary>
/// <remarks>
/// <see cref="Print"/> blocks while the bytes go out (a receipt takes about 1.5 s at 9600 baud);
/// it is safe to call from a worker thread, one print at a time.
/// </remarks>
public sealed class EscPosPrinter : IReceiptPrinter, ISelfTest, IDisposable
{
    public static readonly TimeSpan DefaultStatusTimeout = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan PaperPollInterval = TimeSpan.FromSeconds(2);

    private readonly ILogger _log;
    private readonly TimeSpan _statusTimeout;
    private readonly NoiseLog _noise;
    private readonly Lock _printGate = new();
    private readonly object _answerGate = new();
    private readonly ITimer _poll;
    private int _answers;
    private bool _lastAnswer;
    private bool _asked;
    private volatile bool _hasPaper = true;
    private volatile bool _disposed;

    /// <param name="statusTimeout">How long to wait for the paper sensor's answer; <see cref="DefaultStatusTimeout"/> unless given.</param>
    public EscPosPrinter(DevicePort port, int columns, ILogger log, TimeProvider? time = null, TimeSpan? statusTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        Port = port;
        Columns = columns;
        _log = log;
        _statusTimeout = statusTimeout ?? DefaultStatusTimeout;
        time ??= TimeProvider.System;
        _noise = new NoiseLog(log, LogEventLevel.Debug, time);
        port.Attach("receipt printer", OnInput);
        _poll = time.CreateTimer(_ => Poll(), null, PaperPollInterval, Timeout.InfiniteTimeSpan);
    }

    public DevicePort Port { get; }

    public int Columns { get; }

    /// <summary>The paper sensor's last answer; true until the printer says otherwise.</summary>
    public bool HasPaper => _hasPaper;

    public event EventHandler<bool>? PaperChanged;

    public PrintOutcome Print(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var bytes = EscPosReceipt.Encode(lines, Columns);
        lock (_printGate)
        {
            if (!Port.IsOpen)
            {
                _log.Warning("Printer {Port}: not connected; the receipt was not printed", Port.Name);
                return PrintOutcome.Failed;
            }
            var paper = AskPaper();
            if (paper == false)
            {
                _log.Information("Printer {Port}: no paper; the receipt was not printed", Port.Name);
                return PrintOutcome.PaperOut;
            }
            if (paper is null)
                _noise.Write("Printer {Port}: no paper sensor answer within {Timeout} ms; printing without a paper check",
                    Port.Name, (int)_statusTimeout.TotalMilliseconds);
            return Send(bytes);
        }
    }

    /// <summary>
    /// Not connected while its port is away; else the paper sensor is asked (waiting up to the
    /// status time-out): no paper is <see cref="DeviceState.PaperOut"/>, no answer is ready (a
    /// printer without a sensor prints anyway).
    /// </summary>
    public DeviceHealth CheckHealth()
    {
        if (PortHealth.Of(Port) is { IsReady: false } away)
            return away;
        lock (_printGate)
        {
            return AskPaper() switch
            {
                false => new DeviceHealth(DeviceState.PaperOut, $"{Port.Name}: the paper sensor says no paper"),
                true => DeviceHealth.Ready($"{Port.Name}: {Columns} columns, paper loaded"),
                null => DeviceHealth.Ready($"{Port.Name}: {Columns} columns, no paper sensor answer"),
            };
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _poll.Dispose();
    }

    private PrintOutcome Send(byte[] bytes)
    {
        try
        {
            Port.Write(bytes);
            return PrintOutcome.Printed;
        }
        catch (PortUnavailableException e)
        {
            _log.Warning("Printer {Port}: the receipt could not be sent ({Reason})", Port.Name, e.Reason);
        }
        catch (TimeoutException)
        {
            _log.Warning("Printer {Port}: did not take the receipt in time (flow control held: busy, cover open?)", Port.Name);
        }
        return PrintOutcome.Failed;
    }

    /// <summary>Asks the paper sensor and waits: its answer, or null when the printer says nothing in time.</summary>
    private bool? AskPaper()
    {
        if (RequestPaperStatus() is not { } before)
            return null;
        var deadline = Environment.TickCount64 + (long)_statusTimeout.TotalMilliseconds;
        lock (_answerGate)
        {
            while (_answers == before)
            {
                var left = deadline - Environment.TickCount64;
                if (left <= 0)
                    return null;
                Monitor.Wait(_answerGate, (int)left);
            }
            return _lastAnswer;
        }
    }

    /// <summary>Sends DLE EOT 4; the answers counted before it, or null when it could not be sent. The answer is applied whenever it comes.</summary>
    private int? RequestPaperStatus()
    {
        int before;
        lock (_answerGate)
        {
            before = _answers;
            _asked = true;
        }
        try
        {
            Port.Write(new EscPosWriter().PaperStatusRequest().ToArray());
            return before;
        }
        catch (Exception e) when (e is PortUnavailableException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>What the printer sends: the answer to a DLE EOT 4 it was asked. Anything else is noise, logged and dropped.</summary>
    private void OnInput(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            bool asked;
            lock (_answerGate)
                asked = _asked;
            if (!asked || !PaperStatus.TryRead(b, out var hasPaper))
            {
                _noise.Write("Printer {Port}: byte 0x{Byte:X2} is not the answer to a paper sensor request; ignored", Port.Name, b);
                continue;
            }
            // The state is set and reported before a waiting print sees the answer.
            SetPaper(hasPaper);
            lock (_answerGate)
            {
                _asked = false;
                _answers++;
                _lastAnswer = hasPaper;
                Monitor.PulseAll(_answerGate);
            }
        }
    }

    private void SetPaper(bool present)
    {
        if (_hasPaper == present)
            return;
        _hasPaper = present;
        _log.Information("Printer {Port}: {State}", Port.Name, present ? "paper loaded" : "out of paper");
        PaperChanged?.Invoke(this, present);
    }

    private void Poll()
    {
        try
        {
            // A print under way asks for itself; the timer neither waits for it nor for the answer.
            if (Port.IsOpen && _printGate.TryEnter())
            {
                try
                {
                    RequestPaperStatus();
                }
                finally
                {
                    _printGate.Exit();
                }
            }
        }
        catch (Exception e)
        {
            _log.Error(e, "Printer {Port}: asking the paper sensor failed", Port.Name);
        }
        finally
        {
            Rearm();
        }
    }

    private void Rearm()
    {
        try
        {
            if (!_disposed)
                _poll.Change(PaperPollInterval, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile: no more polling.
        }
    }
}
