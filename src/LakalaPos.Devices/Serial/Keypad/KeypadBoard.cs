using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Ports;
using Serilog;
using Serilog.Events;

namespace LakalaPos.Devices.Serial.Keypad;

/// <summary>
/// A keypad board on a serial port that sends one byte per key (<see cref="KeypadBoardKeys"/>).
/// Keys are reported on the port's reader thread; any other byte is ignored with a debug line.
/// </summary>
public sealed class KeypadBoard : IKeypad, ISelfTest
{
    private readonly NoiseLog _ignored;

    public KeypadBoard(DevicePort port, ILogger log, TimeProvider? time = null)
    {
        Port = port;
        _ignored = new NoiseLog(log, LogEventLevel.Debug, time ?? TimeProvider.System);
        port.Attach("keypad board", OnInput);
    }

    public DevicePort Port { get; }

    public event EventHandler<Key>? KeyPressed;

    public DeviceHealth CheckHealth() => PortHealth.Of(Port);

    private void OnInput(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (KeypadBoardKeys.TryGetKey(b, out var key))
                KeyPressed?.Invoke(this, key);
            else
                _ignored.Write("Keypad board {Port}: byte 0x{Byte:X2} is not a key; ignored", Port.Name, b);
        }
    }
}
