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
/// here, embedded, on 127.0.0.1 with its state beside the journal. The transport goes where the
/// hostAddress parameter says once <see cref="HostParameters"/> has bound it (a value set through
/// 系统管理 wins over the profile's and the embedded simulator's; <c>--host</c> wins over all).
/// </summary>
public sealed class HostConnection : IDisposable
{
    private readonly IDisposable[] _owned;
    private readonly string _description;

    private HostConnection(TcpTransport transport, string description, string? defaultAddress, string? hostOverride, params IDisposable[] owned)
    {
        Transport = transport;
        _description = description;
        DefaultAddress = defaultAddress;
        Override = hostOverride;
        StartAddress = transport.Address;
        _owned = owned;
    }

    private HostConnection(TcpTransport transport, string description, string defaultAddress, AcquirerSimulator simulator, IDisposable[] owned)
        : this(transport, description, defaultAddress, hostOverride: null, owned) => Simulator = simulator;

    public TcpTransport Transport { get; }

    /// <summary>The hostAddress parameter's default this run: the embedded simulator's; null = the profile's.</summary>
    public string? DefaultAddress { get; }

    /// <summary>The address <c>--host</c> gave: it wins over the hostAddress parameter for this run; else null.</summary>
    public string? Override { get; }

    /// <summary>Where the transport went before the parameters were read.</summary>
    private string StartAddress { get; }

    /// <summary>Where the host is, for the operator: the address 系统管理 set when the transport goes there instead.</summary>
    public string Description => Transport.Address == StartAddress
        ? _description
        : $"host {Transport.Address} (系统管理's host address{(Simulator is null ? "" : $"; the {_description} is not used")})";

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
            return new HostConnection(transport, $"host {settings.Address}", null, settings.Address, transport);
        }
        if (profile.Host.Link == HostLinkKind.Tcp)
        {
            var transport = new TcpTransport(HostTransportSettings.FromProfile(profile.Host), log);
            return new HostConnection(transport, $"host {profile.Host.Address}", null, null, transport);
        }
        var hostLog = log.ForContext("Source", "host");
        var store = HostStores.Open(Path.Combine(dataDirectory, "host.db"), hostLog);
        var simulator = new AcquirerSimulator(new SimulatorSettings { DefaultMasterKey = profile.Host.MasterKey.ReadKey() }, TimeProvider.System, hostLog, store);
        var server = new TcpFrameServer(simulator, hostLog);
        var embedded = new TcpTransport(new TcpTransportSettings { Host = "127.0.0.1", Port = server.Port, ConnectTimeout = connectTimeout }, log);
        var owned = store is IDisposable disposable ? new IDisposable[] { embedded, server, disposable } : [embedded, server];
        return new HostConnection(embedded, $"embedded host simulator on 127.0.0.1:{server.Port}", embedded.Address, simulator, owned);
    }

    public void Dispose()
    {
        foreach (var item in _owned)
            item.Dispose();
    }
}
