namespace LakalaPos.Devices.Ports;

/// <summary>
/// A two-way byte channel to one device: a serial port, or any stream (TCP, a test's pipe). One
/// reader thread (<see cref="DevicePort"/>) opens it, reads it in short slices and closes it when
/// the device is gone; writes come from one thread at a time. Bytes are bytes: framing them into
/// keys, lines or answers is the driver's job, never one read's.
/// </summary>
public interface IByteChannel
{
    /// <summary>What the channel reaches, for logs: a device path such as /dev/ttyUSB0.</summary>
    string Name { get; }

    /// <summary>Opens the channel; a <see cref="PortUnavailableException"/> when the device is not there (yet).</summary>
    void Open();

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for input and copies what has arrived; 0 when nothing
    /// came in time. A <see cref="PortUnavailableException"/> is the "gone" signal: end of stream, a
    /// read error, the device file removed.
    /// </summary>
    int Read(Span<byte> buffer, TimeSpan timeout);

    /// <summary>
    /// Writes every byte: a <see cref="PortUnavailableException"/> when the device is gone, a
    /// <see cref="TimeoutException"/> when it would not take them in time (flow control held).
    /// </summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>Closes the channel (it may be opened again); never throws, never blocks for long.</summary>
    void Close();
}
