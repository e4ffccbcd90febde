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
/// 结算 (menu 6, spec section 7): the batch's totals and "确认结算?"; the 0500 tells the host what
/// stands; accepted, the settlement and the next batch are written together, the batch upload
/// (0320) follows, the slip prints and "结算完成" shows the host's verdict. Refused or unanswered,
/// nothing changes. An upload an earlier settlement left unfinished goes first.
/// </summary>
public sealed class SettlementFlowTests
{
    private const string Title = "结算";
    private readonly ScriptedPrinter _printer = new();
    private readonly TestTerminal _t;

    /// <summary>Two sales (100.00, 50.00) and a refund of 123.45, approved in batch 1.</summary>
    public SettlementFlowTests()
    {
        _t = new TestTerminal(_printer).SignedInAtIdle();
        _t.ApprovedSaleFromIdle("10000");
        _t.ApprovedSaleFromIdle("5000");
        _t.Journal.Write("a refund", LifecycleSamples.Of(LifecycleSamples.PendingRefund() with { Id = 0, Batch = 1 }).Approved(LifecycleSamples.Approval));
    }

    private IEnumerable<HostMessageKind> SentKinds => _t.Link.Sent.Select(r => r.Kind);

    private void SettlementSent()
    {
        _t.FromMenu(Key.D6);
        _t.Press(Key.Enter);
    }

    private static HostResponse Verdict(SettlementResult result) => FakeHostLink.Response("00") with { Settlement = result };

    [Fact]
    public void The_batch_s_totals_are_shown_for_confirmation()
    {
        _t.FromMenu(Key.D6);

        _t.ScreenLines.Should().Equal("结算 批次 000001", "消费 2笔 150.00", "撤销 0笔 0.00", "退货 1笔 123.45", "确认结算?");
    }

    [Fact]
    public void Cancel_at_the_totals_goes_back_to_idle_with_nothing_sent()
    {
        _t.FromMenu(Key.D6);
        var sent = _t.Link.Sent.Count;

        _t.Press(Key.Cancel);

        _t.Engine.ActivityName.Should().Be("Idle");
        _t.Link.Sent.Should().HaveCount(sent);
    }

    [Fact]
    public void The_settlement_tells_the_host_the_standing_sales_as_debits_and_the_refunds_as_credits()
    {
        SettlementSent();

        var request = _t.Link.LastSent;
        request.Kind.Should().Be(HostMessageKind.Settlement);
        request.Totals.Should().Be(new SettlementTotals(15_000, 2, 12_345, 1));
        _t.ScreenLines.Should().Equal(Title, "结算中", "处理中");
    }

    [Fact]
    public void Accepted_the_batch_is_settled_and_moves_on_then_its_transactions_are_uploaded()
    {
        SettlementSent();

        _t.HostAnswers(Verdict(SettlementResult.Balanced));

        var settled = _t.Journal.LastSettlement()!;
        (settled.Batch, settled.SaleCount, settled.SaleFen, settled.RefundCount, settled.RefundFen, settled.UploadDone)
            .Should().Be((1, 2, 15_000L, 1, 12_345L, false));
        _t.Journal.CurrentBatch().Should().Be(2);
        var upload = _t.Link.LastSent;
        (upload.Kind, upload.Batch, upload.UploadEntries!.Count, upload.UploadIsLast).Should().Be((HostMessageKind.BatchUpload, 1, 3, true));
    }

    [Fact]
    public void Uploaded_the_slip_prints_and_the_screen_says_settled_with_the_host_s_verdict()
    {
        SettlementSent();
        _t.HostAnswers(Verdict(SettlementResult.Balanced));

        _t.HostAnswers("00");

        _t.Journal.LastSettlement()!.UploadDone.Should().BeTrue();
        _printer.Printed[^1].Should().Contain(line => line.Contains("对账平 BALANCED"));
        _t.ScreenLines.Should().Equal("结算完成", "对账平 BALANCED");
    }

    [Fact]
    public void An_unbalanced_verdict_is_shown_as_such()
    {
        SettlementSent();
        _t.HostAnswers(Verdict(SettlementResult.Unbalanced));

        _t.HostAnswers("00");

        _t.ScreenLines.Should().Equal("结算完成", "对账不平 UNBALANCED");
    }

    [Fact]
    public void An_upload_refused_leaves_it_unfinished_and_says_it_resumes_after_the_next_sign_in()
    {
        SettlementSent();
        _t.HostAnswers(Verdict(SettlementResult.Balanced));

        _t.HostAnswers("96");

        _t.Journal.LastSettlement()!.UploadDone.Should().BeFalse();
        _t.ScreenLines.Should().Equal("结算完成", "对账平 BALANCED", "批上送未完成,签到后续传");
    }

    [Fact]
    public void A_slip_that_cannot_print_says_it_can_be_reprinted()
    {
        SettlementSent();
        _t.HostAnswers(Verdict(SettlementResult.Balanced));
        _printer.Next.Enqueue(() => PrintOutcome.PaperOut);

        _t.HostAnswers("00");

        _t.ScreenLines.Should().Equal("结算完成", "对账平 BALANCED", "打印机缺纸", "结算单可重打印");
    }

    [Fact]
    public void A_refused_settlement_says_so_with_the_code_and_changes_nothing()
    {
        SettlementSent();

        _t.HostAnswers("96");

        _t.ScreenLines.Should().Equal("结算失败", "96 系统故障");
        _t.Journal.LastSettlement().Should().BeNull();
        _t.Journal.CurrentBatch().Should().Be(1);
    }

    [Fact]
    public void An_unanswered_settlement_says_host_time_out_and_changes_nothing()
    {
        SettlementSent();

        _t.Advance(TestTerminal.HostTimeout);

        _t.ScreenLines.Should().Equal("结算失败", "交易超时");
        _t.Journal.CurrentBatch().Should().Be(1);
    }

    [Fact]
    public void A_due_reversal_goes_before_the_settlement()
    {
        _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0 });

        SettlementSent();
        _t.HostAnswers("00");

        SentKinds.TakeLast(2).Should().Equal(HostMessageKind.Reversal, HostMessageKind.Settlement);
    }

    [Fact]
    public void An_unfinished_upload_of_an_earlier_settlement_goes_before_a_new_settlement()
    {
        SettlementSent();
        _t.HostAnswers(Verdict(SettlementResult.Balanced));
        _t.HostAnswers("96");
        _t.Press(Key.Enter);

        _t.FromMenu(Key.D6);

        var upload = _t.Link.LastSent;
        (upload.Kind, upload.Batch).Should().Be((HostMessageKind.BatchUpload, 1));
        _t.HostAnswers("00");
        _t.Journal.LastSettlement()!.UploadDone.Should().BeTrue();
        _t.ScreenLines.Should().Equal("结算 批次 000002", "消费 0笔 0.00", "撤销 0笔 0.00", "退货 0笔 0.00", "确认结算?");
    }

    [Fact]
    public void An_earlier_upload_still_refused_stops_the_new_settlement()
    {
        SettlementSent();
        _t.HostAnswers(Verdict(SettlementResult.Balanced));
        _t.HostAnswers("96");
        _t.Press(Key.Enter);
        _t.FromMenu(Key.D6);

        _t.HostAnswers("96");

        _t.ScreenLines.Should().Equal("结算失败", "批上送未完成,签到后续传");
        SentKinds.Count(k => k == HostMessageKind.Settlement).Should().Be(1, "no new settlement goes over the missing upload");
        _t.Journal.CurrentBatch().Should().Be(2);
    }
}
