using LakalaPos.Core.Host;

namespace LakalaPos.Core.Engine;

/// <summary>
/// How one host exchange ended, as <see cref="HostExchange"/> tells the activity that sent the
/// request: the link's result for it, none within the host time-out (<see cref="TimedOut"/>), or
/// none because the sender gave the request up first (<see cref="GivenUp"/>).
/// </summary>
public sealed record ExchangeResult
{
    private ExchangeResult(HostRequest request, HostLinkResult? link, string? givenUpBecause = null)
    {
        Request = request;
        Link = link;
        GivenUpBecause = givenUpBecause;
    }

    public HostRequest Request { get; }

    /// <summary>The link's result; null when the host time-out came first or the request was given up.</summary>
    public HostLinkResult? Link { get; }

    /// <summary>Why the sender gave the request up before any result (the chip card was taken out); null otherwise.</summary>
    public string? GivenUpBecause { get; }

    public static ExchangeResult From(HostLinkResult result) => new(result.Request, result);

    public static ExchangeResult NoAnswerInTime(HostRequest request) => new(request, null);

    public static ExchangeResult GaveUp(HostRequest request, string why) => new(request, null, why);

    /// <summary>No result within the host time-out: the request was abandoned on the link.</summary>
    public bool TimedOut => Link is null && GivenUpBecause is null;

    /// <summary>The sender gave the request up before its result or time-out (<see cref="HostExchange.GiveUp"/>): abandoned on the link.</summary>
    public bool GivenUp => GivenUpBecause is not null;

    /// <summary>The link's outcome; null when timed out or given up.</summary>
    public HostLinkOutcome? Outcome => Link?.Outcome;

    public HostResponse? Response => Link?.Response;

    public string? Detail => Link?.Detail;

    /// <summary>The host answered, and the answer is an approval (00).</summary>
    public bool Approved => Link is { Outcome: HostLinkOutcome.Answered, Response.Approved: true };

    /// <summary>The host answered (any code), and the answer decoded and verified.</summary>
    public bool Answered => Link is { Outcome: HostLinkOutcome.Answered, Response: not null };

    /// <summary>No connection could be made: the request never left the terminal.</summary>
    public bool NotSent => Outcome == HostLinkOutcome.NotConnected;

    public override string ToString() => this switch
    {
        { TimedOut: true } => $"{Request.Kind} trace {Request.Trace:000000}: no answer in time",
        { GivenUp: true } => $"{Request.Kind} trace {Request.Trace:000000}: given up ({GivenUpBecause})",
        _ => $"{Request.Kind} trace {Request.Trace:000000}: {Outcome} {Response?.ResponseCode}",
    };
}
