namespace LakalaPos.Protocol.Links;

/// <summary>What became of one exchange on the transport.</summary>
public abstract record TransportEvent(long ExchangeId)
{
    /// <summary>Bytes came back (a body without the length prefix); they may not be a message at all.</summary>
    public sealed record Answer(long ExchangeId, byte[] Body) : TransportEvent(ExchangeId);

    /// <summary>No connection could be made; nothing left the terminal.</summary>
    public sealed record NotConnected(long ExchangeId, string Detail) : TransportEvent(ExchangeId);

    /// <summary>The request left, then the connection closed before an answer.</summary>
    public sealed record ConnectionLost(long ExchangeId, string Detail) : TransportEvent(ExchangeId);
}

/// <summary>
/// Moves request bodies to the host and answers back. Silence produces no event (the core times out).
/// Events may be raised before <see cref="Send"/> returns (in-memory) or later on another thread (TCP).
/// </summary>
public interface IFrameTransport
{
    bool IsReachable();

    /// <summary>Sends one request body; its outcome arrives as an event tagged with <paramref name="exchangeId"/>.</summary>
    void Send(long exchangeId, byte[] body);

    /// <summary>
    /// The link gave up on <paramref name="exchangeId"/>: no event is to come for it, and a late
    /// answer must never be taken for the next exchange's. Also called after its Answer event,
    /// when the link found the answer was another request's (an extra or stale frame): what
    /// follows on that connection is not to be trusted either. Nothing to do for a transport that
    /// answers at once (in-memory).
    /// </summary>
    void Abandon(long exchangeId)
    {
    }

    event EventHandler<TransportEvent>? Event;
}
