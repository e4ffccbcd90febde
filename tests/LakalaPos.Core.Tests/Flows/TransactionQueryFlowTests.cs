using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 交易查询 (menu 5), local only, nothing sent: 1 交易明细 (the batch newest first, DOWN/ENTER and
/// UP to page), 2 按凭证号, 3 退货记录, 4 交易汇总 (counts and sums by type).
/// </summary>
public sealed class TransactionQueryFlowTests
{
    private const string Title = "交易查询";
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    public TransactionQueryFlowTests() => _t.SignedInAtIdle();

    /// <summary>Two approved sales, 100.00 (voucher 1) then 50.00 (voucher 2); back at idle.</summary>
    private void TwoSales()
    {
        _t.ApprovedSaleFromIdle("10000");
        _t.ApprovedSaleFromIdle("5000");
    }

    private int _sentBefore;

    private void Query(Key item)
    {
        _sentBefore = _t.Link.Sent.Count;
        _t.FromMenu(Key.D5);
        _t.Press(item);
    }

    [Fact]
    public void The_query_offers_its_four_items()
    {
        _t.FromMenu(Key.D5);

        _t.ScreenLines.Should().Equal(Title, "1 交易明细", "2 按凭证号", "3 退货记录", "4 交易汇总");
    }

    [Fact]
    public void Transaction_details_start_with_the_newest_of_the_batch()
    {
        TwoSales();

        Query(Key.D1);

        _t.ScreenLines.Should().Equal("交易明细 1/2", "消费 成功", "凭证号 000002", "卡号 622202*********3446", "金额 50.00", "时间 2026-03-14 09:30");
        _t.Link.Sent.Should().HaveCount(_sentBefore, "a query is local");
    }

    [Fact]
    public void Down_and_enter_page_forward_up_pages_back_and_the_ends_stay_put()
    {
        TwoSales();
        Query(Key.D1);

        _t.Press(Key.Down);
        _t.ScreenLines.Should().StartWith(["交易明细 2/2", "消费 成功", "凭证号 000001"]);

        _t.Press(Key.Down);
        _t.ScreenLines.Should().StartWith("交易明细 2/2", "there is no page after the last");

        _t.Press(Key.Up);
        _t.ScreenLines.Should().StartWith("交易明细 1/2");

        _t.Press(Key.Up);
        _t.ScreenLines.Should().StartWith("交易明细 1/2", "there is no page before the first");

        _t.Press(Key.Enter);
        _t.ScreenLines.Should().StartWith("交易明细 2/2");
    }

    [Fact]
    public void An_empty_batch_says_no_records()
    {
        Query(Key.D1);

        _t.ScreenLines.Should().Equal("交易明细", "无交易记录");
    }

    [Fact]
    public void By_voucher_number_shows_that_transaction()
    {
        TwoSales();
        Query(Key.D2);
        _t.ScreenLines.Should().Equal(Title, "请输入凭证号", "");

        _t.Type("1");
        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal("按凭证号 1/1", "消费 成功", "凭证号 000001", "卡号 622202*********3446", "金额 100.00", "时间 2026-03-14 09:30");
    }

    [Fact]
    public void A_voucher_number_not_in_the_journal_says_no_records()
    {
        TwoSales();
        Query(Key.D2);

        _t.Type("7");
        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal("按凭证号", "无交易记录");
    }

    [Fact]
    public void Refund_records_list_every_refund_with_its_status_original_and_method()
    {
        _t.Journal.Write("a refund", LifecycleSamples.Of(LifecycleSamples.PendingRefund() with { Id = 0 }).Approved(LifecycleSamples.Approval));

        Query(Key.D3);

        _t.ScreenLines.Should().Equal("退货记录 1/1", "状态 成功", "原参考号 250314092653", "金额 123.45", "退款方式 原路退回", "凭证号 000012 03-14 09:30");
    }

    [Fact]
    public void The_summary_counts_and_sums_the_batch_by_type_then_comes_back_to_the_query()
    {
        TwoSales();

        Query(Key.D4);

        _t.ScreenLines.Should().Equal("交易汇总 批次 000001", "消费 2笔 150.00", "撤销 0笔 0.00", "退货 0笔 0.00");
        _t.Advance(MessageTime);
        _t.ScreenLines.Should().Equal(Title, "1 交易明细", "2 按凭证号", "3 退货记录", "4 交易汇总");
    }

    [Fact]
    public void Cancel_goes_back_to_idle()
    {
        TwoSales();
        Query(Key.D1);

        _t.Press(Key.Cancel);

        _t.Engine.ActivityName.Should().Be("Idle");
    }
}
