using LakalaPos.Devices.Ports;

namespace LakalaPos.Devices.Tests.Support;

public enum Transport
{
    /// <summary>A real pseudo-terminal opened with System.IO.Ports (<see cref="PtyDevice"/>).</summary>
    Pty,

    /// <summary>An in-memory pipe through <see cref="StreamChannel"/> (<see cref="PipeDevice"/>).</summary>
    Stream,
}

/// <summary>
/// The far end of a port in a test: what the device would be. It sends bytes to the driver,
/// keeps every byte the driver sent, and can be unplugged and plugged in again.
/// </summary>
public abstract class DeviceEnd : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<byte> _received = [];

    /// <summary>Each chunk the driver sent, on the device end's reader thread.</summary>
    public event Action<byte[]>? Arrived;

    public static DeviceEnd Create(Transport transport) => transport == Transport.Pty ? new PtyDevice() : new PipeDevice();

    /// <summary>A channel the driver side opens to reach this device (again after <see cref="PlugIn"/>).</summary>
    public abstract IByteChannel Channel(Serilog.ILogger log);

    public abstract void Send(ReadOnlySpan<byte> bytes);

    public void Send(string ascii) => Send(System.Text.Encoding.ASCII.GetBytes(ascii));

    /// <summary>The device goes away: the driver's next read fails or ends.</summary>
    public abstract void Unplug();

    /// <summary>The device is back (for a pty: a new pair behind the same path).</summary>
    public abstract void PlugIn();

    public byte[] Received()
    {
        lock (_gate)
            return [.. _received];
    }

    public long ReceivedCount
    {
        get
        {
            lock (_gate)
                return _received.Count;
        }
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> bytes have come from the driver.</summary>
    public void WaitForReceived(long count) => Wait.Until(() => ReceivedCount >= count, $"{count} bytes at the device");

    public void ClearReceived()
    {
        lock (_gate)
            _received.Clear();
    }

    public abstract void Dispose();

    protected void OnReceived(byte[] chunk)
    {
        lock (_gate)
            _received.AddRange(chunk);
        Arrived?.Invoke(chunk);
    }
}
