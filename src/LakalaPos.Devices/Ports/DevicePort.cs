using Serilog;
using Serilog.Events;

namespace LakalaPos.Devices.Ports;

/// <summary>Input from a device, handed to its driver on the port's reader thread. The span is valid during the call only.</summary>
public delegate void BytesReceived(ReadOnlySpan<byte> bytes);

/// <summary>
/// A device's port as its drivers see it: one reader thread owns the channel — it opens it, reads
/// it and hands every chunk to the one driver that reads the port — and writes go straight
/// through. When the device disappears (end of stream, a read or write error, its device file
/// gone) the port logs it, raises <see cref="Gone"/> and tries to reopen it, waiting longer after
/// each failure up to a bound; when it is back it logs that and raises <see cref="Back"/>.
/// Nothing a driver or a device does stops the reader: a failing driver is logged and the input dropped.
/// </summary>
public sealed class DevicePort : IDisposable
{
    private readonly IByteChannel _channel;
    private readonly ILogger _log;
    private readonly PortTiming _timing;
    private readonly Lock _writeGate = new();
    private readonly ManualResetEventSlim _stop = new();
    private readonly ReopenBackoff _backoff;
    private readonly NoiseLog _unread;
    private Thread? _reader;
    private BytesReceived? _receiver;
    private string? _receiverName;
    private volatile bool _open;
    private volatile bool _writeFailed;
    private string _lastFailure = "";
    private int _failedOpens;
    private long _openedAt;
    private long _bytesRead;
    private long _bytesWritten;

    public DevicePort(IByteChannel channel, ILogger log, PortTiming? timing = null)
    {
        _channel = channel;
        _log = log;
        _timing = timing ?? PortTiming.Default;
        _backoff = new ReopenBackoff(_timing.FirstRetry, _timing.MaxRetry);
        _unread = new NoiseLog(log, LogEventLevel.Debug, TimeProvider.System);
    }

    /// <summary>The device path (or what the channel reaches), for logs.</summary>
    public string Name => _channel.Name;

    public bool IsOpen => _open;

    /// <summary>Why the port is not open (null while it is): what the last attempt to open or read it met.</summary>
    public string? Problem => _open && !_writeFailed ? null : Volatile.Read(ref _lastFailure) is { Length: > 0 } failure ? failure : "not open";

    /// <summary>Bytes read and handed to the driver (counted once the driver is done with them).</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Bytes written since the port was made: a test's far end knows when it has seen everything.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>The device went away (raised on the reader thread). Drivers drop half-read input.</summary>
    public event EventHandler? Gone;

    /// <summary>The device is there again after being gone or missing at start (raised on the reader thread).</summary>
    public event EventHandler? Back;

    /// <summary>Makes <paramref name="receiver"/> the one reader of this port's input; a second reader is refused.</summary>
    public void Attach(string reader, BytesReceived receiver)
    {
        lock (_writeGate)
        {
            if (_receiver is not null)
                throw new InvalidOperationException($"serial device {Name} is already read by the {_receiverName}; the {reader} needs a port of its own");
            _receiverName = reader;
            _receiver = receiver;
        }
    }

    /// <summary>Opens the port (one attempt: a device missing now is looked for again in the background) and starts its reader.</summary>
    public void Start()
    {
        if (_reader is not null)
            return;
        if (!TryOpen())
            _log.Warning("Serial port {Port}: cannot be opened ({Reason}); looking for it again in the background", Name, _lastFailure);
        _reader = new Thread(Run) { IsBackground = true, Name = "port " + Name };
        _reader.Start();
    }

    /// <summary>Writes every byte, from the caller's thread. <see cref="PortUnavailableException"/> while the device is away; a time-out passes through.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_writeGate)
        {
            if (!_open || _writeFailed)
                throw new PortUnavailableException(Name, "not connected");
            try
            {
                _channel.Write(bytes);
            }
            catch (PortUnavailableException)
            {
                _writeFailed = true;
                throw;
            }
            Interlocked.Add(ref _bytesWritten, bytes.Length);
        }
    }

    public void Dispose()
    {
        if (_stop.IsSet)
            return;
        _stop.Set();
        if (_reader is null)
        {
            CloseChannel();
            return;
        }
        if (Thread.CurrentThread != _reader && !_reader.Join(_timing.ReadSlice + _timing.CloseWait + TimeSpan.FromSeconds(1)))
            _log.Warning("Serial port {Port}: the reader did not stop in time; left to end in the background", Name);
    }

    private void Run()
    {
        var buffer = new byte[4096];
        while (!_stop.IsSet)
        {
            try
            {
                if (!_open)
                    Reopen();
                else if (_writeFailed)
                    Lose("a write failed");
                else
                    ReadOnce(buffer);
            }
            catch (PortUnavailableException e)
            {
                Lose(e.Reason);
            }
            catch (Exception e)
            {
                // A channel's bug must not end the reader: treat it as the device going away.
                _log.Error(e, "Serial port {Port}: unexpected failure; closing and reopening it", Name);
                Lose(e.GetType().Name);
            }
        }
        CloseChannel();
    }

    private void ReadOnce(byte[] buffer)
    {
        var count = _channel.Read(buffer, _timing.ReadSlice);
        if (count <= 0)
            return;
        var receiver = _receiver;
        try
        {
            if (receiver is null)
                // A port only written to (a display): what the device sends is not wanted.
                _unread.Write("Serial port {Port}: {Count} bytes of input with no driver reading this port; dropped", Name, count);
            else
                receiver(buffer.AsSpan(0, count));
        }
        catch (Exception e)
        {
            _log.Error(e, "Serial port {Port}: the {Reader} failed on {Count} bytes of input; they were dropped", Name, _receiverName, count);
        }
        finally
        {
            Array.Clear(buffer, 0, count); // input may be card data: do not keep it around
            Interlocked.Add(ref _bytesRead, count);
        }
    }

    private void Reopen()
    {
        if (TryOpen())
        {
            _log.Information("Serial port {Port}: back after {Attempts} attempt(s)", Name, _failedOpens + 1);
            _failedOpens = 0;
            Raise(Back, nameof(Back));
            return;
        }
        _failedOpens++;
        var wait = _backoff.NextWait();
        if (ReopenBackoff.WorthLogging(_failedOpens))
            _log.Information("Serial port {Port}: still unavailable after {Attempts} attempt(s) ({Reason}); next try in {Wait} ms",
                Name, _failedOpens, _lastFailure, (int)wait.TotalMilliseconds);
        _stop.Wait(wait);
    }

    private bool TryOpen()
    {
        try
        {
            lock (_writeGate)
            {
                _channel.Open();
                _writeFailed = false;
                _open = true;
                _openedAt = Environment.TickCount64;
            }
            return true;
        }
        catch (PortUnavailableException e)
        {
            _lastFailure = e.Reason;
            return false;
        }
        catch (Exception e)
        {
            _log.Error(e, "Serial port {Port}: unexpected failure opening it", Name);
            _lastFailure = e.GetType().Name;
            return false;
        }
    }

    private void Lose(string reason)
    {
        _lastFailure = $"gone: {reason}";
        CloseChannel();
        _log.Warning("Serial port {Port}: gone ({Reason}); reopening it when it comes back", Name, reason);
        Raise(Gone, nameof(Gone));
        // A device that stayed a while starts the back-off afresh; one that keeps dropping out waits longer each time.
        if (Environment.TickCount64 - _openedAt > _timing.MaxRetry.TotalMilliseconds)
            _backoff.Reset();
        _stop.Wait(_backoff.NextWait());
    }

    private void CloseChannel()
    {
        lock (_writeGate)
        {
            _open = false;
            _channel.Close();
        }
    }

    private void Raise(EventHandler? handler, string name)
    {
        try
        {
            handler?.Invoke(this, EventArgs.Empty);
        }
        catch (Exception e)
        {
            _log.Error(e, "Serial port {Port}: a handler of {Event} failed", Name, name);
        }
    }
}
