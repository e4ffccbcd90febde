using LakalaPos.Profiles;
using LakalaPos.Devices.Ports;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>A started port over a test's device end (a pty or a pipe), with a log to read. Disposing closes both.</summary>
public sealed class PortRig : IDisposable
{
    /// <summary>Short slices and back-off, so tests stop and reopen ports quickly.</summary>
    public static readonly PortTiming Timing = new()
    {
        ReadSlice = TimeSpan.FromMilliseconds(20),
        FirstRetry = TimeSpan.FromMilliseconds(10),
        MaxRetry = TimeSpan.FromMilliseconds(100),
        CloseWait = TimeSpan.FromSeconds(1),
    };

    public PortRig(Transport transport, SerialPortProfile? settings = null)
    {
        Device = DeviceEnd.Create(transport);
        var channel = settings is not null && Device is PtyDevice pty ? pty.Channel(Log.Logger, settings) : Device.Channel(Log.Logger);
        Port = new DevicePort(channel, Log.Logger, Timing);
        Port.Start();
    }

    public TestLog Log { get; } = new();

    public DeviceEnd Device { get; }

    public DevicePort Port { get; }

    /// <summary>Waits (bounded) until the device has every byte the driver wrote.</summary>
    public void DeviceHasEverything() => Device.WaitForReceived(Port.BytesWritten);

    public void Dispose()
    {
        Port.Dispose();
        Device.Dispose();
    }
}
