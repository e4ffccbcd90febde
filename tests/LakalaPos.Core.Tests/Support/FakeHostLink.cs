using LakalaPos.Core.Host;

namespace LakalaPos.Core.Tests.Support;

/// <summary>
/// A host link that only remembers: what was sent and abandoned. A test makes the host answer
/// (<see cref="Answer"/>, <see cref="Report"/>), whenever it likes, as often as it likes; the
/// result is only queued by the engine, as a real link's would be.
/// </summary>
internal sealed class FakeHostLink : IHostLink
{
    public List<HostRequest> Sent { get; } = [];
    public List<HostRequest> Abandoned { get; } = [];

    /// <summary>Called inside <see cref="Send"/>, like an in-memory link that answers at once.</summary>
    public Action<HostRequest>? OnSend { get; set; }

    public HostRequest LastSent => Sent[^1];

    public event EventHandler<HostLinkResult>? Completed;

    /// <summary>What <see cref="IsReachable"/> says (true unless a test unplugs the host).</summary>
    public bool Reachable { get; set; } = true;

    public bool IsReachable() => Reachable;

    public void Send(HostRequest request)
    {
        Sent.Add(request);
        OnSend?.Invoke(request);
    }

    public void Abandon(HostRequest request) => Abandoned.Add(request);

    /// <summary>The host answers <paramref name="request"/> with <paramref name="code"/>.</summary>
    public void Answer(HostRequest request, string code = "00") => Answer(request, Response(code));

    /// <summary>The host answers <paramref name="request"/> with <paramref name="response"/> (a balance, a settlement verdict, a sign-in request...).</summary>
    public void Answer(HostRequest request, HostResponse response) =>
        Report(new HostLinkResult(request, HostLinkOutcome.Answered, response));

    /// <summary>The answer <see cref="Answer(HostRequest, string)"/> gives, to build on with <c>with</c>.</summary>
    public static HostResponse Response(string code = "00") => new() { ResponseCode = code, Rrn = Rrn, AuthCode = "123456" };

    /// <summary>The reference number (field 37) every answer of this host carries.</summary>
    public const string Rrn = "000000000001";

    public void Report(HostLinkResult result) => Completed?.Invoke(this, result);
}
