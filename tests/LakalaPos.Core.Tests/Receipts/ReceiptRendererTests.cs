using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Text;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

public class ReceiptRendererTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(40)]
    [InlineData(80)]
    public void Only_the_two_paper_widths_are_accepted(int columns)
    {
        var receipt = ReceiptBuilder.Build(ReceiptData.FromTransaction(ReceiptSamples.Sale(), ReceiptSamples.Merchant, ReceiptCopy.Merchant));
        var act = () => ReceiptRenderer.Render(receipt, columns);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*32 (58 mm paper) or 48 (80 mm paper)*");
    }

    [Fact]
    public void Every_line_of_every_kind_of_receipt_fits_the_paper_and_nothing_is_cut()
    {
        foreach (var transaction in new[]
        {
            ReceiptSamples.Sale(), ReceiptSamples.Void(), ReceiptSamples.Refund(), TapSaleWithoutDetails(),
            ReceiptSamples.OrderSale(), ReceiptSamples.OrderRefund(), ReceiptSamples.LargestOrderSale(),
            ReceiptSamples.OrderRefund() with { Items = ReceiptSamples.LargestOrderSale().Items, OrderNo = ReceiptSamples.LargestOrderSale().OrderNo },
        })
        foreach (var merchant in new[] { ReceiptSamples.Merchant, ReceiptSamples.LongNamedMerchant })
        foreach (var copy in Enum.GetValues<ReceiptCopy>())
        foreach (var options in AllOptions())
        {
            var data = ReceiptData.FromTransaction(transaction, merchant, copy, options);
            var receipt = ReceiptBuilder.Build(data);
            foreach (var columns in new[] { 32, 48 })
            {
                var lines = ReceiptRenderer.Render(receipt, columns);
                var because = $"{data} at {columns} columns";
                lines.Should().OnlyContain(line => DisplayWidth.Of(line) <= columns, because);
                lines.Should().OnlyContain(line => !line.EndsWith(' '), because);
                var printed = string.Concat(lines).Replace(" ", "");
                printed.Should().Contain(merchant.Name.Replace(" ", ""), because);
                printed.Should().Contain(ReceiptBuilder.Amount(data).Replace(" ", ""), because);
                printed.Should().Contain(data.Title.Replace(" ", ""), because);
                foreach (var remark in data.Remarks)
                    printed.Should().Contain(remark.Replace(" ", ""), because);
                foreach (var item in data.Items ?? [])
                    printed.Should().Contain(item.Name.Replace(" ", ""), because);
            }
        }
    }

    [Fact]
    public void A_long_merchant_name_wraps_onto_following_lines_at_58_mm()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32, merchant: ReceiptSamples.LongNamedMerchant);
        var label = lines.ToList().IndexOf("商户名称 MERCHANT NAME");
        lines.Skip(label + 1).Take(2).Should().Equal("北京拉卡拉网络技术有限公司朝阳门", "外大街第一分店(测试专用)");
    }

    [Fact]
    public void Card_number_and_amount_sit_on_their_own_line_at_the_right_edge()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 48).ToList();
        lines[lines.IndexOf("卡号 CARD NO") + 1].Should().Be(DisplayWidth.PadLeft("622202*********3446 I", 48));
        lines[lines.IndexOf("金额 AMOUNT") + 1].Should().Be(DisplayWidth.PadLeft("RMB 123.45", 48));
    }

    [Fact]
    public void At_80_mm_short_values_share_the_line_with_their_label()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 48);
        lines.Should().Contain("日期时间 DATE/TIME           2025/03/14 09:26:53");
        lines.Should().Contain("商户编号 MERCHANT NO             898100012340001");
    }

    [Fact]
    public void Separators_and_the_signature_rule_span_the_paper()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 48);
        lines.Should().Contain(new string('-', 48)).And.Contain(new string('_', 48));
    }

    [Fact]
    public void The_fixed_statement_wraps_after_its_comma_at_58_mm()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32);
        lines.TakeLast(2).Should().Equal("本人确认以上交易,", "同意将其计入本卡账户");
    }

    private static TransactionRecord TapSaleWithoutDetails() => ReceiptSamples.Sale() with
    {
        EntryMode = Hardware.EntryMode.Tap,
        ExpiryYyMm = null,
        AuthCode = null,
        AmountFen = 99_999_999_99,
        MaskedPan = "621700******0111",
        Voucher = 999_999,
        Batch = 999_999,
    };

    private static IEnumerable<ReceiptOptions> AllOptions()
    {
        foreach (var reprint in new[] { false, true })
        foreach (var test in new[] { false, true })
        foreach (var sign in new[] { false, true })
            yield return new ReceiptOptions(reprint, test, sign);
        yield return new ReceiptOptions(Title: "拉卡拉支付有限公司 POS签购单 LAKALA PAYMENT POS SALES SLIP");
    }
}
