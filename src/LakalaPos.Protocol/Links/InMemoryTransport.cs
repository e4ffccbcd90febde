using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
namespace LakalaPos.Protocol.Links;

/// <summary>
/// A transport that hands each body straight to an <see cref="IHostEndpoint"/> (the host simulator)
/// and reports its reply before <see cref="Send"/> returns. No framing, no threads, no clock.
/// </summary>
public sealed class InMemoryTransport(IHostEndpoint endpoint) : IFrameTransport
{
    public event EventHandler<TransportEvent>? Event;

    public bool IsReachable() => endpoint.AcceptsConnections;

    public void Send(long exchangeId, byte[] body)
    {
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
