using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using LakalaPos.Journal;
using LakalaPos.Journal.Files;
using LakalaPos.Protocol.Links;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// Everything `lakalapos run` wires together: the data folder's lock, the profile's devices
/// (drawing on this console), the journal in the data directory (checked first), the host
/// connection and the engine on the real clock. Building it is where a second process on the
/// folder, a bad key file, journal or host store shows up, as an exception with a one-line
/// message; nothing is left open when it fails.
/// </summary>
public sealed class ConsoleTerminal : IDisposable
{
    private readonly DataFolderLock _folderLock;
    private readonly SqliteJournal _journal;
    private readonly HostConnection _connection;

    private ConsoleTerminal(TerminalEngine engine, HeadlessKeypad keypad, HeadlessCardReader cardReader, ConsoleReceiptPrinter? printer,
        DataFolderLock folderLock, SqliteJournal journal, HostConnection connection)
    {
        _folderLock = folderLock;
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
        var folderLock = DataFolderLock.Acquire(dataDirectory);
        try
        {
            return Build(folderLock, profile, dataDirectory, hostOverride, output, log);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    private static ConsoleTerminal Build(
        DataFolderLock folderLock, HardwareProfile profile, string dataDirectory, string? hostOverride, TextWriter output, ILogger log)
    {
        var devices = DeviceDriverRegistry.WithHeadless().AddConsoleEmulator(output).Create(profile);
        if (devices.Keypad is not HeadlessKeypad keypad || devices.CardReader is not HeadlessCardReader cardReader)
            throw new NotSupportedException($"profile {profile.Name}: run needs keypad and card reader drivers fed from this console (emulator or headless)");
        var options = ProfileOptions.For(profile);
        var masterKey = profile.Host.MasterKey.ReadKey();
        if (DataFolder.Check(dataDirectory, options.PanProtector).Failure is { } problem)
            throw problem;
        var journal = SqliteJournal.Open(DataFolder.Journal(dataDirectory), log, settlementBackupPath: DataFolder.SettlementBackup(dataDirectory));
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
        return new ConsoleTerminal(engine, keypad, cardReader, devices.Printer as ConsoleReceiptPrinter, folderLock, journal, connection);
    }

    public void Dispose()
    {
        Engine.PowerLoss();
        _connection.Dispose();
        _journal.Dispose();
        _folderLock.Dispose();
    }
}
