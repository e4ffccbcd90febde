using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Engine;

/// <summary>
/// The one host exchange: a request goes out with the host timer running; the sender is told its
/// result, or its time-out, exactly once, whatever else the link says and whenever it says it.
/// </summary>
public sealed class HostExchangeTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private readonly TestTerminal _t = new();
    private readonly ExchangeProbe _probe = new(ctx => HostRequests.Sale(ctx));

    private HostRequest Sent => _t.Link.LastSent;

    [Fact]
    public void The_request_leaves_with_the_host_timer_running()
    {
        _t.Start(_probe);

        _t.Link.Sent.Should().ContainSingle();
        _t.Engine.TimeToNextDeadline.Should().Be(TestTerminal.HostTimeout);
        _t.Ctx.Exchange.IsAwaiting.Should().BeTrue();
    }

    [Fact]
    public void An_answer_reaches_the_sender_once_and_stops_the_host_timer()
    {
        _t.Start(_probe);

        _t.Link.Answer(Sent, "00");
        _t.Run();

        _probe.Results.Should().ContainSingle().Which.Should().Match<ExchangeResult>(r => r.Approved && !r.TimedOut && r.Request == Sent);
        _t.Engine.TimeToNextDeadline.Should().BeNull();
        _t.Ctx.Exchange.IsAwaiting.Should().BeFalse();
        _t.Link.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void A_refusal_is_an_answer_too()
    {
        _t.Start(_probe);

        _t.Link.Answer(Sent, "51");
        _t.Run();

        _probe.Results.Should().ContainSingle().Which.Should().Match<ExchangeResult>(r => r.Answered && !r.Approved && r.Response!.ResponseCode == "51");
    }

    [Fact]
    public void No_answer_within_the_host_time_out_abandons_the_request_and_says_so_once()
    {
        _t.Start(_probe);

        _t.Advance(TestTerminal.HostTimeout - Tick);
        _probe.Results.Should().BeEmpty("the host time-out has not passed yet");

        _t.Advance(Tick);
        _probe.Results.Should().ContainSingle().Which.TimedOut.Should().BeTrue();
        _t.Link.Abandoned.Should().Equal(Sent);
        _probe.OtherTimers.Should().BeEmpty("the host timer is the exchange's, not the activity's");
    }

    [Fact]
    public void A_late_answer_after_the_time_out_is_logged_and_ignored()
    {
        _t.Start(_probe);
        _t.Advance(TestTerminal.HostTimeout);

        _t.Link.Answer(Sent, "00");
        _t.Run();

        _probe.Results.Should().ContainSingle().Which.TimedOut.Should().BeTrue();
        _t.Log.Should().Contain(line => line.Contains("not expected in \"Probe\"; ignored"));
    }

    [Fact]
    public void A_duplicate_answer_is_logged_and_ignored()
    {
        _t.Start(_probe);

        _t.Link.Answer(Sent, "00");
        _t.Link.Answer(Sent, "00");
        _t.Run();

        _probe.Results.Should().ContainSingle();
        _t.Log.Should().ContainSingle(line => line.Contains("ignored"));
    }

    [Fact]
    public void An_answer_to_another_request_is_ignored_and_the_request_still_awaited()
    {
        _t.Start(_probe);

        _t.Link.Answer(Sent with { Trace = Sent.Trace + 1 }, "00");
        _t.Run();

        _probe.Results.Should().BeEmpty();
        _t.Ctx.Exchange.IsAwaiting.Should().BeTrue();
        _t.Engine.TimeToNextDeadline.Should().NotBeNull("the host timer still runs");

        _t.Link.Answer(Sent, "00");
        _t.Run();
        _probe.Results.Should().ContainSingle().Which.Approved.Should().BeTrue();
    }

    [Fact]
    public void A_result_carrying_an_equal_request_is_the_request_s()
    {
        _t.Start(_probe);

        _t.Link.Answer(Sent with { }, "00");
        _t.Run();

        _probe.Results.Should().ContainSingle().Which.Approved.Should().BeTrue();
    }

    [Fact]
    public void No_connection_is_one_not_sent_result_with_nothing_to_abandon()
    {
        _t.Link.OnSend = request => _t.Link.Report(new HostLinkResult(request, HostLinkOutcome.NotConnected, Detail: "refused"));
        _t.Start(_probe);

        _probe.Results.Should().ContainSingle().Which.Should().Match<ExchangeResult>(r => r.NotSent && !r.TimedOut && r.Detail == "refused");
        _t.Engine.TimeToNextDeadline.Should().BeNull();
        _t.Link.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void An_answer_and_the_time_out_in_the_same_instant_settle_it_once()
    {
        _t.Start(_probe);

        _t.Link.Answer(Sent, "00");     // queued, not yet handled
        _t.Advance(TestTerminal.HostTimeout); // the host timer is due in the same pass

        _probe.Results.Should().ContainSingle().Which.Approved.Should().BeTrue();
        _t.Link.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void The_sender_may_send_the_next_request_from_a_result()
    {
        var chain = new ChainProbe();
        _t.Start(chain);

        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();
        _t.Link.Sent.Should().HaveCount(2, "the second request left from the first one's result");

        _t.Advance(TestTerminal.HostTimeout);
        chain.Results.Should().HaveCount(2);
        chain.Results[1].TimedOut.Should().BeTrue("the second request has a host timer of its own");
    }

    [Fact]
    public void Leaving_the_activity_abandons_what_it_awaits_and_a_later_answer_is_ignored()
    {
        _t.Start(_probe);

        _t.Ctx.Go(new ExchangeProbe(ctx => HostRequests.Sale(ctx)));
        var first = _t.Link.Sent[0];

        _t.Link.Abandoned.Should().Equal(first);
        _t.Link.Answer(first, "00");
        _t.Run();
        _probe.Results.Should().BeEmpty();
    }

    [Fact]
    public void A_request_given_up_by_its_sender_is_abandoned_and_the_sender_told_once_at_once()
    {
        _t.Start(_probe);

        _t.Ctx.Exchange.GiveUp("the chip card was taken out");

        _probe.Results.Should().ContainSingle().Which.Should().Match<ExchangeResult>(r =>
            r.GivenUp && !r.TimedOut && r.GivenUpBecause == "the chip card was taken out" && r.Request == Sent);
        _t.Link.Abandoned.Should().Equal(Sent);
        _t.Ctx.Exchange.IsAwaiting.Should().BeFalse();
        _t.Engine.TimeToNextDeadline.Should().BeNull("the host timer went with the request");
    }

    [Fact]
    public void A_late_answer_to_a_request_given_up_is_ignored()
    {
        _t.Start(_probe);
        _t.Ctx.Exchange.GiveUp("the chip card was taken out");

        _t.Link.Answer(Sent, "00");
        _t.Run();

        _probe.Results.Should().ContainSingle().Which.GivenUp.Should().BeTrue();
    }

    [Fact]
    public void Giving_up_with_nothing_awaited_does_nothing()
    {
        _t.Start(new Parked("Nothing"));

        _t.Ctx.Exchange.GiveUp("the chip card was taken out");

        _t.Link.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void A_second_request_while_one_is_awaited_is_refused()
    {
        _t.Start(_probe);

        _probe.Invoking(p => p.Send(_t.Ctx, HostRequests.Sale(_t.Ctx)))
            .Should().Throw<InvalidOperationException>().WithMessage("Sale trace 000002 cannot be sent: Sale trace 000001 is still awaited");
        _t.Link.Sent.Should().ContainSingle();
    }

    [Fact]
    public void A_fault_while_a_request_is_awaited_goes_home_and_lets_the_request_go()
    {
        _t.Start(new SendsTwice());
        var first = Sent;

        _t.Advance(TimeSpan.FromSeconds(1));

        _t.Display.Last!.Lines.Should().Contain("系统故障,请重试");
        _t.Link.Abandoned.Should().Equal(first);
        _t.Link.Sent.Should().ContainSingle();
    }

    [Fact]
    public void Setting_the_wall_clock_neither_fires_nor_delays_the_host_timer()
    {
        _t.Start(_probe);

        _t.Clock.SetWallClock(_t.Clock.GetUtcNow().AddHours(2));
        _t.Engine.FireDueTimers();
        _probe.Results.Should().BeEmpty();

        _t.Advance(TestTerminal.HostTimeout);
        _probe.Results.Should().ContainSingle().Which.TimedOut.Should().BeTrue();
    }

    /// <summary>Sends a sale, and a second one a second later, while the first is still awaited.</summary>
    private sealed class SendsTwice : Activity
    {
        public override string Name => "SendsTwice";

        public override void Enter(TerminalContext ctx)
        {
            ctx.Exchange.Send(HostRequests.Sale(ctx), (_, _) => { });
            ctx.StartTimer("again", TimeSpan.FromSeconds(1));
        }

        public override void OnTimer(TerminalContext ctx, TimerTicket ticket) => ctx.Exchange.Send(HostRequests.Sale(ctx), (_, _) => { });
    }

    /// <summary>Sends a sale, and from its result a settlement.</summary>
    private sealed class ChainProbe : Activity
    {
        public List<ExchangeResult> Results { get; } = [];
        public override string Name => "Chain";

        public override void Enter(TerminalContext ctx) => ctx.Exchange.Send(HostRequests.Sale(ctx), Next);

        private void Next(TerminalContext ctx, ExchangeResult result)
        {
            Results.Add(result);
            if (result.Request.Kind == HostMessageKind.Sale)
                ctx.Exchange.Send(HostRequests.Settlement(ctx), Next);
        }
    }

    private static class HostRequests
    {
        public static HostRequest Sale(TerminalContext ctx) =>
            Core.Flows.HostRequests.New(ctx, HostMessageKind.Sale, ctx.Journal.NextTrace()) with { AmountFen = 100 };

        public static HostRequest Settlement(TerminalContext ctx) =>
            Core.Flows.HostRequests.New(ctx, HostMessageKind.Settlement, ctx.Journal.NextTrace());
    }
}
