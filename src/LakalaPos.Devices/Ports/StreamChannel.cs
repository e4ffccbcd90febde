namespace LakalaPos.Devices.Ports;

/// <summary>
/// A channel over any stream — a TCP connection to a serial server, a test's pipe. Each
/// <see cref="Open"/> asks the factory for a fresh stream, which is how a connection that went
/// away is made again. A read that has not finished in time is kept and waited for by the next
/// read, so no stream needs to support time-outs or cancellation.
/// </summary>
public sealed class StreamChannel(string name, Func<Stream> open) : IByteChannel
{
    private byte[] _inbox = new byte[4096];
    private Stream? _stream;
    private Task<int>? _pending;
    private int _offset;
    private int _count;

    public string Name { get; } = name;

    public void Open()
    {
        Close();
        _inbox = new byte[_inbox.Length]; // a read left over from the last stream may still land in the old one
        try
        {
            _stream = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException
                                      or System.Net.Sockets.SocketException)
        {
            throw new PortUnavailableException(Name, e.Message);
        }
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        if (_count == 0)
        {
            if (!Fill(timeout))
                return 0;
            if (_count == 0)
                throw new PortUnavailableException(Name, "end of stream");
        }
        var taken = Math.Min(buffer.Length, _count);
        _inbox.AsSpan(_offset, taken).CopyTo(buffer);
        _offset += taken;
        _count -= taken;
        return taken;
    }

    /// <summary>Waits for the read under way (starting one if none is); false when it has not finished in time and is kept for the next call.</summary>
    private bool Fill(TimeSpan timeout)
    {
        var stream = _stream ?? throw new PortUnavailableException(Name, "not open");
        try
        {
            _pending ??= stream.ReadAsync(_inbox).AsTask();
            if (!_pending.Wait(timeout))
                return false;
            var read = _pending;
            _pending = null;
            (_offset, _count) = (0, read.Result);
            return true;
        }
        catch (AggregateException e)
        {
            _pending = null;
            throw new PortUnavailableException(Name, e.InnerException?.Message ?? e.Message);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            _pending = null;
            throw new PortUnavailableException(Name, e.Message);
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        var stream = _stream ?? throw new PortUnavailableException(Name, "not open");
        try
        {
            stream.Write(bytes);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or InvalidOperationException)
        {
            throw new PortUnavailableException(Name, e.Message);
        }
    }

    public void Close()
    {
        var stream = Interlocked.Exchange(ref _stream, null);
        // A read still waiting ends with the stream; its outcome is of no interest any more.
        _pending?.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        _pending = null;
        _count = 0;
        Array.Clear(_inbox);
        try
        {
            stream?.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Already broken: nothing left to close.
        }
    }
}
