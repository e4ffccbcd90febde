using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Profiles;
using LakalaPos.Devices;
using LakalaPos.Journal;
using LakalaPos.Protocol.Links;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// The terminal behind its devices, as `run` and `emulator` both wire it: the journal in the data
/// directory, the host connection, the ISO 8583 link and the engine on the real clock. Opening it
/// is where a bad key file, journal or host store shows up, as an exception with a one-line
/// message; nothing is left open when it fails.
/// </summary>
public sealed class TerminalStack : IDisposable
{
    private readonly SqliteJournal _journal;

    private TerminalStack(TerminalEngine engine, SqliteJournal journal, HostConnection connection)
    {
        Engine = engine;
        _journal = journal;
        Connection = connection;
    }

    public TerminalEngine Engine { get; }

    public HostConnection Connection { get; }

    public static TerminalStack Open(HardwareProfile profile, DeviceSet devices, string dataDirectory, string? hostOverride, ILogger log)
    {
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
        var engine = new TerminalEngine(new TerminalDevices(devices.Keypad, devices.Display, devices.CardReader, devices.Printer), journal, link,
            options, TimeProvider.System, log, _ => new BootActivity());
        return new TerminalStack(engine, journal, connection);
    }

    /// <summary>Power off: the engine stops hearing its devices, then the connection and the journal close.</summary>
    public void Dispose()
    {
        Engine.PowerLoss();
        Connection.Dispose();
        _journal.Dispose();
    }
}
