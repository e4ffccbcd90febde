using LakalaPos.Profiles;
using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Hosting;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// The terminal's way to its host, over real TCP: to the address given (<c>--host</c>), to the
/// profile's address (host.link "tcp"), or — host.link "simulator" — to a host simulator started
/// here, embedded, on 127.0.0.1 with its state beside the journal.
/// </summary>
public sealed class HostConnection : IDisposable
{
    private readonly IDisposable[] _owned;

    private HostConnection(IFrameTransport transport, string description, params IDisposable[] owned)
    {
        Transport = transport;
        Description = description;
        _owned = owned;
    }

    private HostConnection(IFrameTransport transport, string description, AcquirerSimulator simulator, IDisposable[] owned)
        : this(transport, description, owned) => Simulator = simulator;

    public IFrameTransport Transport { get; }

    /// <summary>Where the host is, for the operator.</summary>
    public string Description { get; }

    /// <summary>The host simulator when it is embedded here (its rules can be set: the emulator's host panel), else null.</summary>
    public AcquirerSimulator? Simulator { get; }

    public static HostConnection Open(HardwareProfile profile, string? hostOverride, string dataDirectory, ILogger log)
    {
        var connectTimeout = TimeSpan.FromSeconds(profile.Host.ConnectTimeoutSeconds);
        if (hostOverride is not null)
        {
            var address = TcpTransportSettings.Parse(hostOverride, connectTimeout);
            var settings = HostTransportSettings.FromProfile(profile.Host with { Address = new HostAddress(address.Host, address.Port) });
            var transport = new TcpTransport(settings, log);
            return new HostConnection(transport, $"host {settings.Address}", transport);
        }
        if (profile.Host.Link == HostLinkKind.Tcp)
        {
            var transport = new TcpTransport(HostTransportSettings.FromProfile(profile.Host), log);
            return new HostConnection(transport, $"host {profile.Host.Address}", transport);
        }
        var hostLog = log.ForContext("Source", "host");
        var store = HostStores.Open(Path.Combine(dataDirectory, "host.db"), hostLog);
        var simulator = new AcquirerSimulator(new SimulatorSettings { DefaultMasterKey = profile.Host.MasterKey.ReadKey() }, TimeProvider.System, hostLog, store);
        var server = new TcpFrameServer(simulator, hostLog);
        var embedded = new TcpTransport(new TcpTransportSettings { Host = "127.0.0.1", Port = server.Port, ConnectTimeout = connectTimeout }, log);
        var owned = store is IDisposable disposable ? new IDisposable[] { embedded, server, disposable } : [embedded, server];
        return new HostConnection(embedded, $"embedded host simulator on 127.0.0.1:{server.Port}", simulator, owned);
    }

    public void Dispose()
    {
        foreach (var item in _owned)
            item.Dispose();
    }
}
