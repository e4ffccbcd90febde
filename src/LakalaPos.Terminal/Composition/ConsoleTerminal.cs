using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using LakalaPos.Journal;
using LakalaPos.Protocol.Links;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// Everything `lakalapos run` wires together: the profile's devices (drawing on this console),
/// the journal in the data directory, the host connection and the engine on the real clock.
/// Building it is where a bad key file, journal or host store shows up, as an exception with a
/// one-line message; nothing is left open when it fails.
/// </summary>
public sealed class ConsoleTerminal : IDisposable
{
    private readonly SqliteJournal _journal;
    private readonly HostConnection _connection;

    private ConsoleTerminal(TerminalEngine engine, HeadlessKeypad keypad, HeadlessCardReader cardReader, ConsoleReceiptPrinter? printer,
        SqliteJournal journal, HostConnection connection)
    {
        Engine = engine;
        Keypad = keypad;
        CardReader = cardReader;
        Printer = printer;
        _journal = journal;
        _connection = connection;
    }

    public TerminalEngine Engine { get; }
    public HeadlessKeypad Keypad { get; }
    public HeadlessCardReader CardReader { get; }
    public ConsoleReceiptPrinter? Printer { get; }
    public string HostDescription => _connection.Description;

    public static ConsoleTerminal Build(HardwareProfile profile, string dataDirectory, string? hostOverride, TextWriter output, ILogger log)
    {
        var devices = DeviceDriverRegistry.WithHeadless().AddConsoleEmulator(output).Create(profile);
        if (devices.Keypad is not HeadlessKeypad keypad || devices.CardReader is not HeadlessCardReader cardReader)
            throw new NotSupportedException($"profile {profile.Name}: run needs keypad and card reader drivers fed from this console (emulator or headless)");
        var options = ProfileOptions.For(profile);
        var masterKey = profile.Host.MasterKey.ReadKey();
        var journal = SqliteJournal.Open(Path.Combine(dataDirectory, "journal.db"), log);
        HostConnection connection;
        try
        {
            connection = HostConnection.Open(profile, hostOverride, dataDirectory, log);
        }
        catch
        {
            journal.Dispose();
            throw;
        }
        var link = new Iso8583HostLink(connection.Transport, new HostLinkSettings { MasterKey = masterKey, Tpdu = profile.Host.TpduBytes() }, log);
        var engine = new TerminalEngine(new TerminalDevices(keypad, devices.Display, cardReader, devices.Printer), journal, link,
            options, TimeProvider.System, log, _ => new BootActivity());
        return new ConsoleTerminal(engine, keypad, cardReader, devices.Printer as ConsoleReceiptPrinter, journal, connection);
    }

    public void Dispose()
    {
        Engine.PowerLoss();
        _connection.Dispose();
        _journal.Dispose();
    }
}
