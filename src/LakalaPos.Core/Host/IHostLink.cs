namespace LakalaPos.Core.Host;

public enum HostLinkOutcome
{
    /// <summary>The host answered and the answer decoded and verified.</summary>
    Answered,

    /// <summary>No connection could be made; the request did not leave the terminal.</summary>
    NotConnected,

    /// <summary>The request left but the connection closed before an answer came.</summary>
    ConnectionLost,

    /// <summary>Bytes came back that are not a valid answer to the request.</summary>
    Malformed,

    /// <summary>An answer came whose MAC does not verify (reversal reason A0).</summary>
    BadMac,
}

/// <summary>The result of one request: an answer, or why there is none.</summary>
public sealed record HostLinkResult(HostRequest Request, HostLinkOutcome Outcome, HostResponse? Response = null, string? Detail = null);

/// <summary>
/// The link to the acquirer host. One request in flight at a time. The result is reported
/// through <see cref="Completed"/>, possibly before <see cref="Send"/> returns (in-memory link)
/// or later from another thread (TCP); the core only queues it. Time-outs are the core's:
/// a request with no result by <c>hostTimeoutSeconds</c> is timed out by the core's clock.
/// </summary>
public interface IHostLink
{
    /// <summary>True when a connection to the host can be made now (the refund network check).</summary>
    bool IsReachable();

    void Send(HostRequest request);

    /// <summary>Forget a request the core gave up on, so a late answer is not taken for the next one.</summary>
    void Abandon(HostRequest request);

    event EventHandler<HostLinkResult>? Completed;
}
