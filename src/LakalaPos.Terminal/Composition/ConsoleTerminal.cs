using LakalaPos.Core.Engine;
using LakalaPos.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Serial;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// Everything `lakalapos run` wires together: the profile's devices — drawn on this console and
/// fed from its input (emulator, headless), or on serial ports (docs/hardware.md) — and the
/// terminal behind them (<see cref="TerminalStack"/>: the folder's lock, the checked journal, host
/// connection, engine on the real clock). Building it is where a second process on the folder, a
/// bad key file, journal or host store shows up, as an exception with a one-line message; nothing
/// is left open when it fails.
/// </summary>
public sealed class ConsoleTerminal : IDisposable
{
    private readonly TerminalStack _stack;
    private readonly SharedPorts _ports;

    private ConsoleTerminal(TerminalStack stack, SharedPorts ports, DeviceSet devices)
    {
        _stack = stack;
        _ports = ports;
        Keypad = devices.Keypad as HeadlessKeypad;
        CardReader = devices.CardReader as HeadlessCardReader;
        Printer = devices.Printer as ConsoleReceiptPrinter;
    }

    public TerminalEngine Engine => _stack.Engine;

    /// <summary>The keypad when this console feeds it (emulator, headless); null when it is a serial device.</summary>
    public HeadlessKeypad? Keypad { get; }

    /// <summary>The card reader when this console feeds it; null when it is a serial device.</summary>
    public HeadlessCardReader? CardReader { get; }

    public ConsoleReceiptPrinter? Printer { get; }

    /// <summary>True when some device takes its input from this console: then `run` reads operator lines on stdin.</summary>
    public bool ReadsConsole => Keypad is not null || CardReader is not null;

    /// <summary>The serial ports the devices use, as opened at start.</summary>
    public IReadOnlyList<(SerialPortProfile Settings, string User, DevicePort Port)> SerialPorts => _ports.Opened;

    public string HostDescription => _stack.Connection.Description;

    /// <summary>The embedded host simulator, when the host is not a separate one (--host).</summary>
    public LakalaPos.HostSimulator.AcquirerSimulator? Simulator => _stack.Connection.Simulator;

    public static ConsoleTerminal Build(HardwareProfile profile, string dataDirectory, string? hostOverride, TextWriter output, ILogger log)
    {
        var ports = new SharedPorts(log);
        try
        {
            var devices = DeviceDriverRegistry.WithHeadless().AddConsoleEmulator(output).AddSerial(ports, log).Create(profile);
            var stack = TerminalStack.Open(profile, devices, dataDirectory, hostOverride, log);
            return new ConsoleTerminal(stack, ports, devices);
        }
        catch
        {
            ports.Dispose();
            throw;
        }
    }

    /// <summary>Power off: the engine, connection, journal and folder lock (<see cref="TerminalStack.Dispose"/>), then the serial ports.</summary>
    public void Dispose()
    {
        _stack.Dispose();
        _ports.Dispose();
    }
}
