using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
namespace LakalaPos.Protocol.Links;

/// <summary>
/// A transport that hands each body straight to an <see cref="IHostEndpoint"/> (the host simulator)
/// and reports its reply before <see cref="Send"/> returns. No framing, no threads, no clock.
/// Given the address the endpoint is at, it reaches the endpoint only while it is sent there
/// (<see cref="Retarget"/>): at any other address the connection is refused, as when the host is
/// offline. Without one, the endpoint is at every address.
/// </summary>
public sealed class InMemoryTransport(IHostEndpoint endpoint, string? endpointAddress = null) : IRetargetableTransport
{
    private readonly string? _endpointAddress = endpointAddress is null ? null : TcpTransportSettings.NormalAddress(endpointAddress);
    private string _address = endpointAddress is null ? "in-memory" : TcpTransportSettings.NormalAddress(endpointAddress);

    public event EventHandler<TransportEvent>? Event;

    public string Address => _address;

    public void Retarget(string hostAndPort)
    {
        _address = TcpTransportSettings.NormalAddress(hostAndPort);
    }

    public bool IsReachable() => AtEndpoint && endpoint.AcceptsConnections;

    private bool AtEndpoint => _endpointAddress is null || string.Equals(_address, _endpointAddress, StringComparison.OrdinalIgnoreCase);

    public void Send(long exchangeId, byte[] body)
    {
        if (!AtEndpoint)
        {
            Raise(new TransportEvent.NotConnected(exchangeId, $"cannot connect to {_address}: connection refused"));
            return;
        }
        if (!endpoint.AcceptsConnections)
        {
            Raise(new TransportEvent.NotConnected(exchangeId, "the host refuses connections"));
            return;
        }
        HostReply reply;
        try
        {
            reply = endpoint.Handle((byte[])body.Clone());
        }
        catch (Exception e)
        {
            // A host that fails to handle a request looks, from the terminal, like a closed connection.
            Raise(new TransportEvent.ConnectionLost(exchangeId, $"the host failed: {e.GetType().Name}"));
            return;
        }
        switch (reply)
        {
            case HostReply.Answer answer:
                Raise(new TransportEvent.Answer(exchangeId, (byte[])answer.Body.Clone()));
                break;
            case HostReply.Drop:
                Raise(new TransportEvent.ConnectionLost(exchangeId, "the host closed the connection"));
                break;
            // Silence: nothing comes back; the core's clock times the request out.
        }
    }

    private void Raise(TransportEvent e) => Event?.Invoke(this, e);
}
