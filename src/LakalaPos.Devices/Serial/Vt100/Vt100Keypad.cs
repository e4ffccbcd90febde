using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Ports;
using Serilog;

namespace LakalaPos.Devices.Serial.Vt100;

/// <summary>
/// The keys of a VT100/ANSI console on a serial port (the key table is <see cref="Vt100KeyDecoder"/>'s).
/// Keys are reported on the port's reader thread, or on the timer's for a lone ESC (CANCEL).
/// </summary>
public sealed class Vt100Keypad : IKeypad, ISelfTest, IDisposable
{
    private readonly Vt100KeyDecoder _decoder;

    public Vt100Keypad(DevicePort port, ILogger log, TimeProvider? time = null)
    {
        Port = port;
        _decoder = new Vt100KeyDecoder(key => KeyPressed?.Invoke(this, key), log, time);
        port.Attach("VT100 keypad", _decoder.Feed);
        port.Gone += (_, _) => _decoder.Reset();
    }

    public DevicePort Port { get; }

    public event EventHandler<Key>? KeyPressed;

    public DeviceHealth CheckHealth() => PortHealth.Of(Port);

    public void Dispose() => _decoder.Dispose();
}
