using LakalaPos.Core.Parameters;
using LakalaPos.Protocol.Links;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// The hostAddress and tpdu parameters (系统管理) on the host link: read at start, and acted on at
/// once when set — the next request carries the new TPDU and goes to the new address (the old
/// connection closed; a request in flight keeps its way and its answer). A <c>--host</c> override
/// wins over the stored hostAddress at start; an address set during the run is the newest
/// instruction and takes effect at once, --host or not.
/// </summary>
public static class HostParameters
{
    /// <param name="defaultDescription">What the transport reaches before the parameters are read ("the profile's host", "the embedded host simulator"), for the log.</param>
    public static void Bind(TerminalParameters parameters, Iso8583HostLink link, IRetargetableTransport transport, string? hostOverride,
        string defaultDescription, ILogger log)
    {
        log = log.ForContext("SourceContext", nameof(HostParameters));
        var tpdu = parameters.Get(ParameterCatalog.Tpdu);
        if (!tpdu.Equals(Convert.ToHexString(link.Tpdu), StringComparison.OrdinalIgnoreCase))
        {
            link.UseTpdu(Convert.FromHexString(tpdu));
            log.Information("TPDU {Tpdu} (set through 系统管理, not the profile's)", tpdu.ToUpperInvariant());
        }
        var address = parameters.Get(ParameterCatalog.HostAddress);
        if (hostOverride is not null)
        {
            if (parameters.Stored(ParameterCatalog.HostAddress) is { } stored && !SameAddress(stored, hostOverride))
                log.Warning("Host address {Stored} (the hostAddress parameter) is ignored for this run: --host {Override}", stored, hostOverride);
        }
        else if (!SameAddress(address, transport.Address))
        {
            var replaced = transport.Address;
            transport.Retarget(address);
            log.Warning("Host address {Address}: set through 系统管理, it wins over {Default} at {Replaced}", address, defaultDescription, replaced);
        }
        parameters.Changed += (name, value) => OnChanged(name, value, link, transport, hostOverride, log);
    }

    private static void OnChanged(string name, string value, Iso8583HostLink link, IRetargetableTransport transport, string? hostOverride, ILogger log)
    {
        switch (name)
        {
            case ParameterCatalog.Tpdu:
                link.UseTpdu(Convert.FromHexString(value));
                log.Information("TPDU changed to {Tpdu}", value.ToUpperInvariant());
                break;
            case ParameterCatalog.HostAddress when !SameAddress(value, transport.Address):
                transport.Retarget(value);
                if (hostOverride is not null)
                    log.Warning("Host address changed to {Address}: it replaces --host {Override} for the rest of this run", value, hostOverride);
                else
                    log.Information("Host address changed to {Address}", value);
                break;
        }
    }

    /// <summary>Equal as addresses: "[::1]:5800" is "::1:5800", host names ignore case.</summary>
    private static bool SameAddress(string a, string b) => string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string address)
    {
        try
        {
            return TcpTransportSettings.NormalAddress(address);
        }
        catch (FormatException)
        {
            return address;
        }
    }
}
