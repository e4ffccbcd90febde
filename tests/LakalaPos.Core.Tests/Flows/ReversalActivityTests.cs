using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// Due reversals go oldest first; an unanswered one is counted and stays due; one that could not
/// leave is not counted; after reversalRetries attempts it is given up and the transaction is UNKNOWN.
/// </summary>
public sealed class ReversalActivityTests
{
    private readonly TestTerminal _t = new();
    private readonly List<bool> _cleared = [];

    private TransactionRecord Txn => _t.Journal.FindByVoucher(12)!;

    public ReversalActivityTests() => _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0 });

    private void Start() => _t.Start(new ReversalActivity(cleared =>
    {
        _cleared.Add(cleared);
        return new Parked(cleared ? "Cleared" : "NotCleared");
    }));

    [Fact]
    public void An_acknowledged_reversal_clears_the_way()
    {
        Start();

        _t.Link.Answer(_t.Link.LastSent, "25");
        _t.Run();

        Txn.Status.Should().Be(TransactionStatus.Reversed);
        _cleared.Should().Equal(true);
        _t.Engine.ActivityName.Should().Be("Cleared");
    }

    [Fact]
    public void An_unanswered_reversal_is_counted_and_stays_due()
    {
        Start();

        _t.Advance(TestTerminal.HostTimeout);

        (Txn.Status, Txn.ReversalState, Txn.ReversalAttempts).Should().Be((TransactionStatus.Pending, ReversalState.Due, 1));
        _cleared.Should().Equal(false);
        _t.Link.Abandoned.Should().ContainSingle().Which.Kind.Should().Be(HostMessageKind.Reversal);
    }

    [Fact]
    public void A_reversal_that_could_not_leave_is_not_counted()
    {
        _t.Link.OnSend = request => _t.Link.Report(new HostLinkResult(request, HostLinkOutcome.NotConnected));

        Start();

        Txn.ReversalAttempts.Should().Be(0);
        _cleared.Should().Equal(false);
    }

    [Fact]
    public void The_last_attempt_unanswered_gives_it_up_and_the_transaction_is_unknown()
    {
        _t.Journal.Write("two attempts", Txn with { ReversalAttempts = 2 });
        Start();

        _t.Link.Report(new HostLinkResult(_t.Link.LastSent, HostLinkOutcome.ConnectionLost));
        _t.Run();

        (Txn.Status, Txn.ReversalState, Txn.ReversalAttempts).Should().Be((TransactionStatus.Unknown, ReversalState.Failed, 3));
        _t.Display.Last!.Lines.Should().Equal("冲正失败,请联系客服");
    }

    [Fact]
    public void A_reversal_whose_card_data_cannot_be_read_back_is_given_up_without_being_sent_and_says_why()
    {
        var damaged = Txn.EncryptedPan!.ToArray();
        damaged[^1] ^= 0xFF;
        _t.Journal.Write("damaged card data", Txn with { EncryptedPan = damaged });

        Start();

        _t.Link.Sent.Should().BeEmpty("no reversal can be built without its card");
        (Txn.Status, Txn.ReversalState, Txn.ReversalAttempts).Should().Be((TransactionStatus.Unknown, ReversalState.Failed, 3));
        _t.Display.Last!.Lines.Should().Equal("冲正失败,请联系客服", "冲正数据无法读取");
        _t.Log.Should().ContainSingle(line => line.Contains("cannot be built") && line.Contains("cannot be decrypted"));

        _t.Advance(TimeSpan.FromSeconds(3));
        _cleared.Should().Equal(true);
        _t.Engine.ActivityName.Should().Be("Cleared", "the terminal is usable again");
    }
}
