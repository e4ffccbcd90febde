using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Ecr;
using LakalaPos.Journal;
using LakalaPos.Journal.Files;
using LakalaPos.Protocol.Links;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// The terminal behind its devices, as `run` and `emulator` both wire it: the data folder's lock,
/// the journal in the data directory (checked first), the host connection, the ISO 8583 link (its
/// address and TPDU following the hostAddress and tpdu parameters, <see cref="HostParameters"/>) and
/// the engine on the real clock with its device calls on a worker thread (<see cref="DeviceWorker"/>). Opening it is where a second process on the folder, a bad key
/// file, journal or host store shows up, as an exception with a one-line message; nothing is left
/// open when it fails.
/// </summary>
public sealed class TerminalStack : IDisposable
{
    private readonly DataFolderLock _folderLock;
    private readonly SqliteJournal _journal;
    private readonly DeviceWorker _worker;
    private readonly EcrPort? _ecr;

    private TerminalStack(TerminalEngine engine, DataFolderLock folderLock, SqliteJournal journal, HostConnection connection, DeviceWorker worker, EcrPort? ecr,
        TcpRegisterListener? registerListener)
    {
        RegisterListener = registerListener;
        Engine = engine;
        _ecr = ecr;
        _worker = worker;
        _folderLock = folderLock;
        _journal = journal;
        Connection = connection;
    }

    public TerminalEngine Engine { get; }

    public HostConnection Connection { get; }

    /// <summary>The register's TCP listener (null: no register link, or a serial one); <see cref="TcpRegisterListener.WaitUntilListening"/> says where it listens.</summary>
    public TcpRegisterListener? RegisterListener { get; }

    public static TerminalStack Open(HardwareProfile profile, DeviceSet devices, string dataDirectory, string? hostOverride, ILogger log)
    {
        var folderLock = DataFolderLock.Acquire(dataDirectory);
        try
        {
            return Open(folderLock, profile, devices, dataDirectory, hostOverride, log);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    private static TerminalStack Open(DataFolderLock folderLock, HardwareProfile profile, DeviceSet devices, string dataDirectory, string? hostOverride, ILogger log)
    {
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
        var worker = new DeviceWorker();
        // The hostAddress parameter defaults to where the host is this run (the embedded simulator's port, else the profile's).
        // --host is where the host is this run: the parameter shows it (系统管理 "当前") until it is set there.
        options = options with
        {
            ParameterDefaults = ProfileOptions.ParameterDefaults(profile.Host, connection.DefaultAddress),
            ParameterOverrides = connection.Override is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { [Core.Parameters.ParameterCatalog.HostAddress] = connection.Transport.Address },
        };
        // The register's port (profile's ecr section or --ecr): its reader starts with the terminal and stops with it.
        var ecr = RegisterPort.Create(profile.Ecr, log, out var registerListener);
        var engine = new TerminalEngine(new TerminalDevices(devices.Keypad, devices.Display, devices.CardReader, devices.Printer, ecr), journal, link,
            options, TimeProvider.System, log, TerminalFlows.Standard, worker);
        ecr?.Start();
        HostParameters.Bind(engine.Context.Parameters, link, connection.Transport, connection.Override,
            connection.Simulator is null ? "the profile's host" : "the embedded host simulator", log);
        return new TerminalStack(engine, folderLock, journal, connection, worker, ecr, registerListener);
    }

    /// <summary>Power off: the engine stops hearing its devices, then the register's port, the connection, the journal and the folder's lock close.</summary>
    public void Dispose()
    {
        Engine.PowerLoss();
        _ecr?.Dispose();
        _worker.Dispose();
        Connection.Dispose();
        _journal.Dispose();
        _folderLock.Dispose();
    }
}
