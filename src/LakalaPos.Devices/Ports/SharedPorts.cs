using LakalaPos.Profiles;
using Serilog;

namespace LakalaPos.Devices.Ports;

/// <summary>
/// The serial ports of one terminal, keyed by device path: a device named by two drivers (the
/// VT100 console that is display and keypad) is opened once and shared. The same device with
/// other line settings is refused, and so is a second driver reading it (<see cref="DevicePort.Attach"/>).
/// Disposing closes every port, after the drivers handed to <see cref="Adopt{T}"/>.
/// </summary>
public sealed class SharedPorts(ILogger log, PortTiming? timing = null, Func<SerialPortProfile, IByteChannel>? channels = null) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (SerialPortProfile Settings, string User, DevicePort Port)> _ports = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _adopted = [];
    private bool _disposed;
    private readonly Func<SerialPortProfile, IByteChannel> _channels =
        channels ?? (settings => new SerialPortChannel(settings, log, (timing ?? PortTiming.Default).CloseWait));

    /// <summary>The started port of <paramref name="settings"/>' device, opened now or shared with an earlier user.</summary>
    /// <param name="user">Who asks ("display", "keypad", …), for messages.</param>
    public DevicePort Open(SerialPortProfile? settings, string user)
    {
        if (settings is null)
            throw new ArgumentException($"{user}.serial: a serial driver needs its serial port", nameof(settings));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_ports.TryGetValue(settings.Device, out var shared))
            {
                if (shared.Settings != settings)
                    throw new InvalidOperationException(
                        $"{user}.serial: serial device {settings.Device} is already open for the {shared.User} at {shared.Settings.LineSettings}, not {settings.LineSettings}");
                return shared.Port;
            }
            var port = new DevicePort(_channels(settings), log, timing);
            _ports.Add(settings.Device, (settings, user, port));
            log.Information("Serial port {Port}: {Settings} for the {User}", settings.Device, settings.LineSettings, user);
            port.Start();
            return port;
        }
    }

    /// <summary>The ports opened so far, in the order they were first asked for, with who asked first.</summary>
    public IReadOnlyList<(SerialPortProfile Settings, string User, DevicePort Port)> Opened
    {
        get
        {
            lock (_gate)
                return [.. _ports.Values];
        }
    }

    /// <summary>Keeps a driver built on these ports, to dispose it before the ports close.</summary>
    public T Adopt<T>(T driver) where T : IDisposable
    {
        lock (_gate)
            _adopted.Add(driver);
        return driver;
    }

    public void Dispose()
    {
        List<IDisposable> drivers;
        List<DevicePort> ports;
        lock (_gate)
        {
            _disposed = true;
            drivers = [.. _adopted];
            ports = [.. _ports.Values.Select(entry => entry.Port)];
            _adopted.Clear();
            _ports.Clear();
        }
        foreach (var driver in drivers)
            driver.Dispose();
        foreach (var port in ports)
            port.Dispose();
    }
}
