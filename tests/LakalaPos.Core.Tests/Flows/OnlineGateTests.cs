using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// The online gate (spec sections 1 and 6): before a flow's request leaves, a sign-in the host
/// asked for is made, then every due reversal is sent. Only when the way is clear does the
/// request go, and the flow goes on where it stood; otherwise the flow ends with nothing sent
/// and nothing journaled ("冲正未完成,请稍后重试", "签到失败").
/// </summary>
public sealed class OnlineGateTests
{
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    private TransactionRecord DueReversal => _t.Journal.FindByVoucher(12)!;

    private IEnumerable<HostMessageKind> SentKinds => _t.Link.Sent.Select(r => r.Kind);

    private void AReversalIsDue() => _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0 });

    /// <summary>A first sale approved with the answer's header asking for a new sign-in; back at idle.</summary>
    private void TheHostAsksForASignIn()
    {
        _t.AtIdle();
        _t.Present(Cards.Swiped());
        _t.Type(SaleSteps.Amount);
        _t.Press(Key.Enter);
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers(FakeHostLink.Response("00") with { SignInRequested = true });
        _t.Press(Key.Cancel);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    /// <summary>A second sale from idle, up to the PIN entered.</summary>
    private void NextSaleSent()
    {
        _t.Present(Cards.Swiped());
        _t.Type("5000");
        _t.Press(Key.Enter);
        _t.Type("123456");
        _t.Press(Key.Enter);
    }

    [Fact]
    public void A_due_reversal_is_sent_before_the_sale_and_nothing_else_goes_with_it()
    {
        AReversalIsDue();

        _t.SaleSent(Cards.Swiped());

        var reversal = _t.Link.Sent.Should().ContainSingle().Subject;
        (reversal.Kind, reversal.Reversed!.Trace).Should().Be((HostMessageKind.Reversal, 12));
        _t.ScreenLines.Should().Contain("冲正中");
    }

    [Fact]
    public void Once_the_reversal_is_acknowledged_the_sale_goes_on_and_is_approved()
    {
        AReversalIsDue();
        _t.SaleSent(Cards.Swiped());

        _t.HostAnswers("00");

        DueReversal.Status.Should().Be(TransactionStatus.Reversed);
        SentKinds.Should().Equal(HostMessageKind.Reversal, HostMessageKind.Sale);
        var sale = _t.Link.LastSent;
        (sale.AmountFen, sale.Card!.Pan).Should().Be((10_000L, LifecycleSamples.Pan));
        _t.Engine.ActivityName.Should().Be("Sale/Online", "the sale resumes where it stood, not from its start");

        _t.HostAnswers("00");

        _t.Journal.Last()!.Should().Match<TransactionRecord>(r => r.Type == TransactionType.Sale && r.Status == TransactionStatus.Approved);
        _t.ScreenLines.Should().StartWith("交易成功");
    }

    [Theory]
    [InlineData("96")]
    [InlineData("30")]
    public void A_reversal_the_host_refuses_ends_the_sale_with_reversal_pending_and_nothing_sent(string code)
    {
        AReversalIsDue();
        _t.SaleSent(Cards.Swiped());

        _t.HostAnswers(code);

        _t.ScreenLines.Should().Equal("交易失败", "冲正未完成,请稍后重试");
        SentKinds.Should().Equal(HostMessageKind.Reversal);
        _t.Journal.ListBatch(_t.Journal.CurrentBatch()).Should().BeEmpty("the sale never left, so it is not journaled");
        (DueReversal.ReversalState, DueReversal.ReversalAttempts).Should().Be((ReversalState.Due, 1));
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_reversal_that_cannot_leave_ends_the_sale_with_reversal_pending()
    {
        AReversalIsDue();
        _t.Link.OnSend = request => _t.Link.Report(new HostLinkResult(request, HostLinkOutcome.NotConnected));

        _t.SaleSent(Cards.Swiped());

        _t.ScreenLines.Should().Equal("交易失败", "冲正未完成,请稍后重试");
        SentKinds.Should().Equal(HostMessageKind.Reversal);
        DueReversal.ReversalState.Should().Be(ReversalState.Due);
    }

    [Fact]
    public void The_next_sale_after_the_host_asked_for_a_sign_in_signs_the_cashier_in_again_first()
    {
        TheHostAsksForASignIn();

        NextSaleSent();

        var signIn = _t.Link.LastSent;
        (signIn.Kind, signIn.OperatorNo).Should().Be((HostMessageKind.SignIn, "01"));
        _t.ScreenLines.Should().Equal("签到", "签到中", "处理中");
    }

    [Fact]
    public void Once_signed_in_again_the_sale_goes_on_and_the_next_one_goes_straight_out()
    {
        TheHostAsksForASignIn();
        NextSaleSent();

        _t.HostAnswers("00");

        SentKinds.Should().Equal(HostMessageKind.Sale, HostMessageKind.SignIn, HostMessageKind.Sale);
        _t.Link.LastSent.AmountFen.Should().Be(5_000);
        _t.HostAnswers("00");
        _t.Press(Key.Cancel);

        NextSaleSent();

        SentKinds.Should().EndWith([HostMessageKind.Sale, HostMessageKind.Sale], "the new sign-in cleared the host's request");
    }

    [Theory]
    [InlineData("96")]
    [InlineData("A0")]
    public void A_sign_in_again_that_fails_ends_the_sale_with_nothing_sent(string code)
    {
        TheHostAsksForASignIn();
        NextSaleSent();

        _t.HostAnswers(code);

        _t.ScreenLines.Should().Equal("交易失败", "签到失败");
        SentKinds.Should().Equal(HostMessageKind.Sale, HostMessageKind.SignIn);
        _t.Journal.ListBatch(_t.Journal.CurrentBatch()).Should().ContainSingle("only the first sale was journaled");
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_sign_in_again_with_no_answer_ends_the_sale_with_nothing_sent()
    {
        TheHostAsksForASignIn();
        NextSaleSent();

        _t.Advance(TestTerminal.HostTimeout);

        _t.ScreenLines.Should().Equal("交易失败", "签到失败");
        SentKinds.Should().Equal(HostMessageKind.Sale, HostMessageKind.SignIn);
    }

    [Fact]
    public void A_requested_sign_in_comes_before_a_due_reversal_and_both_before_the_sale()
    {
        AReversalIsDue();
        _t.Ctx.Session.SignInRequested = true;
        _t.SaleSent(Cards.Swiped());

        _t.HostAnswers("00");
        _t.HostAnswers("00");

        SentKinds.Should().Equal(HostMessageKind.SignIn, HostMessageKind.Reversal, HostMessageKind.Sale);
    }

    [Fact]
    public void A_reversal_answer_that_asks_for_a_sign_in_is_followed_by_the_sign_in_before_the_sale()
    {
        AReversalIsDue();
        _t.SaleSent(Cards.Swiped());

        _t.HostAnswers(FakeHostLink.Response("00") with { SignInRequested = true });
        _t.HostAnswers("00");

        SentKinds.Should().Equal(HostMessageKind.Reversal, HostMessageKind.SignIn, HostMessageKind.Sale);
    }
}
