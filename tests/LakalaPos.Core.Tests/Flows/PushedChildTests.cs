using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// The activities a flow steps aside for — a sign-in again, due reversals, a batch upload — end,
/// when pushed, by returning to the flow that pushed them with what they achieved.
/// </summary>
public sealed class PushedChildTests
{
    private readonly TestTerminal _t = new();

    public PushedChildTests() => _t.Ctx.Session.OperatorNo = "01";

    private TransactionRecord Reversal => _t.Journal.FindByVoucher(12)!;

    [Fact]
    public void A_sign_in_again_that_cannot_connect_returns_not_done_and_not_sent()
    {
        _t.Link.OnSend = request => _t.Link.Report(new HostLinkResult(request, HostLinkOutcome.NotConnected));
        var flow = new Pusher(() => new SignInAgainActivity());

        _t.Start(flow);

        var (child, result) = flow.Returns.Should().ContainSingle().Subject;
        (child, result.Done, result.Exchange!.NotSent).Should().Be(("SignInAgain", false, true));
        _t.Engine.ActivityName.Should().Be("Pusher");
    }

    [Fact]
    public void Acknowledged_reversals_return_done()
    {
        _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0 });
        var flow = new Pusher(() => new ReversalActivity());
        _t.Start(flow);

        _t.HostAnswers("00");

        Reversal.Status.Should().Be(TransactionStatus.Reversed);
        flow.Returns.Should().ContainSingle().Which.Result.Done.Should().BeTrue();
    }

    [Fact]
    public void A_reversal_given_up_pushes_its_message_and_returns_done_once_it_is_shown()
    {
        _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0, ReversalAttempts = 2 });
        var flow = new Pusher(() => new ReversalActivity());
        _t.Start(flow);

        _t.Link.Report(new HostLinkResult(_t.Link.LastSent, HostLinkOutcome.ConnectionLost));
        _t.Run();

        _t.ScreenLines.Should().Equal("冲正失败,请联系客服");
        flow.Returns.Should().BeEmpty("the message stays for its time first");
        _t.Advance(TimeSpan.FromSeconds(3));

        flow.Returns.Should().ContainSingle().Which.Result.Done.Should().BeTrue();
        _t.Engine.ActivityName.Should().Be("Pusher");
        Reversal.ReversalState.Should().Be(ReversalState.Failed);
    }

    [Fact]
    public void An_unanswered_reversal_returns_not_done()
    {
        _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0 });
        var flow = new Pusher(() => new ReversalActivity());
        _t.Start(flow);

        _t.Advance(TestTerminal.HostTimeout);

        flow.Returns.Should().ContainSingle().Which.Result.Done.Should().BeFalse();
        Reversal.ReversalState.Should().Be(ReversalState.Due);
    }

    [Theory]
    [InlineData("00", true)]
    [InlineData("96", false)]
    public void A_batch_upload_returns_whether_it_finished_with_its_last_exchange(string code, bool done)
    {
        _t.Journal.CompleteSettlement(new SettlementRecord
        {
            Batch = 1,
            LocalTime = LifecycleSamples.At,
            OperatorNo = "01",
            SaleFen = 0,
            SaleCount = 0,
            VoidFen = 0,
            VoidCount = 0,
            RefundFen = 0,
            RefundCount = 0,
            Result = SettlementResult.Balanced,
        });
        var flow = new Pusher(() => new BatchUploadActivity(1));
        _t.Start(flow);

        _t.HostAnswers(code);

        var (child, result) = flow.Returns.Should().ContainSingle().Subject;
        child.Should().StartWith("BatchUpload/");
        (result.Done, result.Exchange!.Request.Kind).Should().Be((done, HostMessageKind.BatchUpload));
        _t.Journal.LastSettlement()!.UploadDone.Should().Be(done);
    }

    /// <summary>A flow that pushes one child on entering and keeps what comes back.</summary>
    private sealed class Pusher(Func<Activity> child) : Activity
    {
        public override string Name => "Pusher";
        public List<(string Child, ChildResult Result)> Returns { get; } = [];

        public override void Enter(TerminalContext ctx) => ctx.Push(child());

        public override void OnReturn(TerminalContext ctx, Activity returned, ChildResult result) => Returns.Add((returned.Name, result));
    }
}
