namespace LakalaPos.Core.Ecr;

/// <summary>
/// The cash-register link as the core sees it: requests arrive as events (the engine queues them
/// like keys), answers go back through <see cref="Answer"/>. The wire (framing, checksums,
/// ACK/NAK, retries) is the port's; a request that does not parse is answered ERROR by the port
/// itself and never reaches the core.
/// </summary>
public interface IEcrPort
{
    event EventHandler<EcrRequest>? Requested;

    /// <summary>
    /// Sends the answer to the register. Never throws and never blocks the engine: an answer the
    /// register does not take (the link is down) is lost on the wire, and the register gets it
    /// again by asking with the same request id (the journal keeps it).
    /// </summary>
    void Answer(EcrAnswer answer);
}
