using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// After a power loss (spec sections 1 and 6): at boot, a sale still PENDING has its armed
/// reversal made due, and it is sent right after the sign-in, before anything else; a refund left
/// PENDING becomes UNKNOWN and is never reversed; a batch upload a settlement left unfinished
/// resumes after the sign-in. Then idle, "签到成功".
/// </summary>
public sealed class RecoveryTests
{
    private static readonly TimeSpan BootTime = TimeSpan.FromSeconds(1);
    private readonly TestTerminal _t = new();

    public RecoveryTests() =>
        // This terminal's own supervisor and admin passwords were set on its first boot.
        _t.Journal.SaveParameter(FirstBootPasswordsActivity.DoneKey, "true");

    private TransactionRecord Txn => _t.Journal.FindByVoucher(12)!;

    private IEnumerable<HostMessageKind> SentKinds => _t.Link.Sent.Select(r => r.Kind);

    private void PowerOnAfterTheCut()
    {
        _t.Start(new BootActivity());
        _t.Advance(BootTime);
    }

    private void CashierSignsIn()
    {
        _t.Type("01");
        _t.Press(Key.Enter);
        _t.Type("0000");
        _t.Press(Key.Enter);
    }

    private void AnUnfinishedUploadOfBatch1() => _t.Journal.CompleteSettlement(new SettlementRecord
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

    [Fact]
    public void A_sale_left_pending_by_a_power_cut_has_its_reversal_due_at_boot_and_nothing_is_sent_before_the_sign_in()
    {
        _t.Journal.Write("test", LifecycleSamples.PendingSale() with { Id = 0 });

        PowerOnAfterTheCut();

        (Txn.Status, Txn.ReversalState, Txn.ReversalReason).Should().Be((TransactionStatus.Pending, ReversalState.Due, ReversalReasons.Armed));
        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
        _t.Link.Sent.Should().BeEmpty();
        _t.Log.Should().Contain(line => line.Contains("Recovered") && line.Contains("power loss"));
    }

    [Fact]
    public void The_recovered_reversal_is_sent_right_after_the_sign_in_and_then_the_terminal_is_idle()
    {
        _t.Journal.Write("test", LifecycleSamples.PendingSale() with { Id = 0 });
        PowerOnAfterTheCut();
        CashierSignsIn();

        _t.HostAnswers("00");

        SentKinds.Should().Equal(HostMessageKind.SignIn, HostMessageKind.Reversal);
        var reversal = _t.Link.LastSent;
        (reversal.ReversalReason, reversal.Reversed!.Trace, reversal.AmountFen).Should().Be((ReversalReasons.Armed, 12, 12_345L));

        _t.HostAnswers("00");

        Txn.Status.Should().Be(TransactionStatus.Reversed);
        _t.Engine.ActivityName.Should().Be("Idle");
        _t.ScreenLines.Should().EndWith("签到成功");
    }

    [Fact]
    public void A_recovered_reversal_the_host_does_not_answer_stays_due_and_the_cashier_still_reaches_idle()
    {
        _t.Journal.Write("test", LifecycleSamples.PendingSale() with { Id = 0 });
        PowerOnAfterTheCut();
        CashierSignsIn();
        _t.HostAnswers("00");

        _t.Advance(TestTerminal.HostTimeout);

        (Txn.ReversalState, Txn.ReversalAttempts).Should().Be((ReversalState.Due, 1));
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_refund_left_pending_by_a_power_cut_is_unknown_after_boot_and_never_reversed()
    {
        _t.Journal.Write("test", LifecycleSamples.PendingRefund() with { Id = 0 });
        PowerOnAfterTheCut();
        CashierSignsIn();

        _t.HostAnswers("00");

        (Txn.Status, Txn.ReversalState).Should().Be((TransactionStatus.Unknown, ReversalState.None));
        SentKinds.Should().Equal(HostMessageKind.SignIn);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void An_approved_sale_is_left_as_it_is_at_boot()
    {
        _t.Journal.Write("test", LifecycleSamples.ApprovedSale() with { Id = 0 });
        PowerOnAfterTheCut();
        CashierSignsIn();

        _t.HostAnswers("00");

        (Txn.Status, Txn.ReversalState).Should().Be((TransactionStatus.Approved, ReversalState.None));
        SentKinds.Should().Equal(HostMessageKind.SignIn);
    }

    [Fact]
    public void An_unfinished_batch_upload_resumes_right_after_the_sign_in()
    {
        AnUnfinishedUploadOfBatch1();
        PowerOnAfterTheCut();
        CashierSignsIn();

        _t.HostAnswers("00");

        var upload = _t.Link.LastSent;
        (upload.Kind, upload.Batch, upload.UploadIsLast).Should().Be((HostMessageKind.BatchUpload, 1, true));
        _t.ScreenLines.Should().Equal("批上送", "处理中", "1/1");

        _t.HostAnswers("00");

        _t.Journal.LastSettlement()!.UploadDone.Should().BeTrue();
        _t.Engine.ActivityName.Should().Be("Idle");
        _t.ScreenLines.Should().EndWith("签到成功");
    }

    [Fact]
    public void An_upload_refused_again_stays_unfinished_and_the_cashier_still_reaches_idle()
    {
        AnUnfinishedUploadOfBatch1();
        PowerOnAfterTheCut();
        CashierSignsIn();
        _t.HostAnswers("00");

        _t.HostAnswers("96");

        _t.Journal.LastSettlement()!.UploadDone.Should().BeFalse();
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void The_recovered_reversal_goes_before_the_unfinished_upload()
    {
        _t.Journal.Write("test", LifecycleSamples.PendingSale() with { Id = 0 });
        AnUnfinishedUploadOfBatch1();
        PowerOnAfterTheCut();
        CashierSignsIn();

        _t.HostAnswers("00");
        _t.HostAnswers("00");
        _t.HostAnswers("00");

        SentKinds.Should().Equal(HostMessageKind.SignIn, HostMessageKind.Reversal, HostMessageKind.BatchUpload);
        _t.Engine.ActivityName.Should().Be("Idle");
    }
}
