using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 重打印 (menu 7): 1 the last transaction, 2 any one by voucher number, 3 the settlement slip.
/// Reprints are marked "重打印 DUPLICATED"; only approved transactions (and sales voided since)
/// have a voucher — anything else, or nothing found, is "无此交易"; no settlement, "暂无结算单".
/// </summary>
public sealed class ReprintFlowTests
{
    private const string Title = "重打印";
    private readonly ScriptedPrinter _printer = new();
    private readonly TestTerminal _t;

    public ReprintFlowTests() => _t = new TestTerminal(_printer).SignedInAtIdle();

    private IReadOnlyList<string> LastPrinted => _printer.Printed[^1];

    private static bool IsVoucherLine(string line, string voucher) => line.StartsWith("凭证号 VOUCHER NO") && line.EndsWith(voucher);

    private void Reprint(Key item)
    {
        _t.FromMenu(Key.D7);
        _t.Press(item);
    }

    private void ReprintVoucher(string voucher)
    {
        Reprint(Key.D2);
        _t.Type(voucher);
        _t.Press(Key.Enter);
    }

    [Fact]
    public void Reprint_offers_its_three_items()
    {
        _t.FromMenu(Key.D7);

        _t.ScreenLines.Should().Equal(Title, "1 最后一笔", "2 任意一笔", "3 结算单");
    }

    [Fact]
    public void The_last_transaction_is_reprinted_marked_duplicated()
    {
        _t.ApprovedSaleFromIdle("10000");
        _t.ApprovedSaleFromIdle("5000");
        var printed = _printer.Printed.Count;

        Reprint(Key.D1);

        _printer.Printed.Should().HaveCount(printed + 1);
        LastPrinted.Should().Contain(line => IsVoucherLine(line, "000002"));
        LastPrinted.Should().Contain(line => line.Contains(ReceiptTexts.ReprintMarker));
        _t.ScreenLines.Should().StartWith(Title);
    }

    [Fact]
    public void A_reprint_gives_every_copy_again_with_the_second_copy_prompt()
    {
        _t.ApprovedSaleFromIdle();
        Reprint(Key.D1);

        _t.ScreenLines.Should().Equal(Title, "按确认打印第二联");
        _t.Press(Key.Enter);

        _printer.Printed.TakeLast(2).Should().AllSatisfy(copy => copy.Should().Contain(line => line.Contains(ReceiptTexts.ReprintMarker)));
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_reprint_does_not_count_as_a_printed_copy_of_the_original()
    {
        var sale = _t.ApprovedSaleFromIdle();
        var copies = _t.Journal.Find(sale.Id)!.PrintedCopies;

        Reprint(Key.D1);
        _t.Press(Key.Enter);

        _t.Journal.Find(sale.Id)!.PrintedCopies.Should().Be(copies);
    }

    [Fact]
    public void Any_transaction_is_reprinted_by_its_voucher_number()
    {
        _t.ApprovedSaleFromIdle("10000");
        _t.ApprovedSaleFromIdle("5000");

        ReprintVoucher("1");

        LastPrinted.Should().Contain(line => IsVoucherLine(line, "000001"));
        LastPrinted.Should().Contain(line => line.Contains(ReceiptTexts.ReprintMarker));
    }

    [Fact]
    public void A_voucher_number_not_found_says_no_such_transaction_and_prints_nothing()
    {
        _t.ApprovedSaleFromIdle();
        var printed = _printer.Printed.Count;

        ReprintVoucher("9");

        _t.ScreenLines.Should().Equal(Title, "无此交易");
        _printer.Printed.Should().HaveCount(printed);
    }

    [Fact]
    public void A_declined_transaction_has_no_voucher_to_reprint()
    {
        _t.Present(Cards.Swiped());
        _t.Type("5000");
        _t.Press(Key.Enter);
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers("51");
        _t.Press(Key.Enter);

        ReprintVoucher("1");

        _t.ScreenLines.Should().Equal(Title, "无此交易");
        _printer.Printed.Should().BeEmpty();
    }

    [Fact]
    public void The_last_transaction_with_none_at_all_says_no_such_transaction()
    {
        Reprint(Key.D1);

        _t.ScreenLines.Should().Equal(Title, "无此交易");
    }

    [Fact]
    public void The_settlement_slip_without_a_settlement_says_there_is_none()
    {
        Reprint(Key.D3);

        _t.ScreenLines.Should().Equal(Title, "暂无结算单");
        _printer.Printed.Should().BeEmpty();
    }

    [Fact]
    public void The_last_settlement_slip_is_reprinted_marked_duplicated()
    {
        _t.Journal.CompleteSettlement(new SettlementRecord
        {
            Batch = 1, LocalTime = _t.Ctx.Now, OperatorNo = "01", SaleFen = 10_000, SaleCount = 1,
            VoidFen = 0, VoidCount = 0, RefundFen = 0, RefundCount = 0, Result = SettlementResult.Unbalanced, UploadDone = true,
        });

        Reprint(Key.D3);

        LastPrinted.Should().Contain(line => line.Contains("对账不平 UNBALANCED"));
        LastPrinted.Should().Contain(line => line.Contains(ReceiptTexts.ReprintMarker));
        _t.Engine.ActivityName.Should().Be("Idle");
    }
}
