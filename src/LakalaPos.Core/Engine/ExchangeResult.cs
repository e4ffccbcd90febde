using LakalaPos.Core.Host;

namespace LakalaPos.Core.Engine;

/// <summary>
/// How one host exchange ended, as <see cref="HostExchange"/> tells the activity that sent the
/// request: the link's result for it, or none within the host time-out (<see cref="TimedOut"/>).
/// </summary>
public sealed record ExchangeResult
{
    private ExchangeResult(HostRequest request, HostLinkResult? link)
    {
        Request = request;
        Link = link;
    }

    public HostRequest Request { get; }

    /// <summary>The link's result; null when the host time-out came first.</summary>
    public HostLinkResult? Link { get; }

    public static ExchangeResult From(HostLinkResult result) => new(result.Request, result);

    public static ExchangeResult NoAnswerInTime(HostRequest request) => new(request, null);

    /// <summary>No result within the host time-out: the request was abandoned on the link.</summary>
    public bool TimedOut => Link is null;

    /// <summary>The link's outcome; null when timed out.</summary>
    public HostLinkOutcome? Outcome => Link?.Outcome;

    public HostResponse? Response => Link?.Response;

    public string? Detail => Link?.Detail;

    /// <summary>The host answered, and the answer is an approval (00).</summary>
    public bool Approved => Link is { Outcome: HostLinkOutcome.Answered, Response.Approved: true };

    /// <summary>The host answered (any code), and the answer decoded and verified.</summary>
    public bool Answered => Link is { Outcome: HostLinkOutcome.Answered, Response: not null };

    /// <summary>No connection could be made: the request never left the terminal.</summary>
    public bool NotSent => Outcome == HostLinkOutcome.NotConnected;

    public override string ToString() => TimedOut
        ? $"{Request.Kind} trace {Request.Trace:000000}: no answer in time"
        : $"{Request.Kind} trace {Request.Trace:000000}: {Outcome} {Response?.ResponseCode}";
}
