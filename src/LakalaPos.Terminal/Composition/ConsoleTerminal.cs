using LakalaPos.Core.Engine;
using LakalaPos.Core.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// Everything `lakalapos run` wires together: the profile's devices (drawing on this console)
/// and the terminal behind them (<see cref="TerminalStack"/>: the folder's lock, the checked
/// journal, host connection, engine on the real clock). Building it is where a second process on
/// the folder, a bad key file, journal or host store shows up, as an
/// exception with a one-line message; nothing is left open when it fails.
/// </summary>
public sealed class ConsoleTerminal : IDisposable
{
    private readonly TerminalStack _stack;

    private ConsoleTerminal(TerminalStack stack, HeadlessKeypad keypad, HeadlessCardReader cardReader, ConsoleReceiptPrinter? printer)
    {
        _stack = stack;
        Keypad = keypad;
        CardReader = cardReader;
        Printer = printer;
    }

    public TerminalEngine Engine => _stack.Engine;
    public HeadlessKeypad Keypad { get; }
    public HeadlessCardReader CardReader { get; }
    public ConsoleReceiptPrinter? Printer { get; }
    public string HostDescription => _stack.Connection.Description;

    public static ConsoleTerminal Build(HardwareProfile profile, string dataDirectory, string? hostOverride, TextWriter output, ILogger log)
    {
        var devices = DeviceDriverRegistry.WithHeadless().AddConsoleEmulator(output).Create(profile);
        if (devices.Keypad is not HeadlessKeypad keypad || devices.CardReader is not HeadlessCardReader cardReader)
            throw new NotSupportedException($"profile {profile.Name}: run needs keypad and card reader drivers fed from this console (emulator or headless)");
        var stack = TerminalStack.Open(profile, devices, dataDirectory, hostOverride, log);
        return new ConsoleTerminal(stack, keypad, cardReader, devices.Printer as ConsoleReceiptPrinter);
    }

    public void Dispose() => _stack.Dispose();
}
