using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Text;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>A receipt of a cash-register order: the order number and its goods, after the amount and before 备注.</summary>
public class OrderReceiptTests
{
    [Fact]
    public void A_sale_of_an_order_on_58_mm_paper_lists_the_order_number_and_each_item_after_the_amount()
    {
        string[] expected =
        [
            "金额 AMOUNT",
            "                       RMB 21.97",
            "--------------------------------",
            "订单号 ORDER NO            A1001",
            "可口可乐 330ml",
            "  2 x 3.50                  7.00",
            "全麦面包",
            "  1 x 12.00                12.00",
            "Chewing gum",
            "  3 x 0.99                  2.97",
            "--------------------------------",
            "备注 REFERENCE",
        ];

        FromAmountToRemarks(ReceiptSamples.Render(ReceiptSamples.OrderSale(), ReceiptCopy.Merchant, 32)).Should().Equal(expected);
    }

    [Fact]
    public void A_refund_of_an_order_on_80_mm_paper_lists_the_goods_it_takes_back_as_returned()
    {
        string[] expected =
        [
            "金额 AMOUNT",
            "                                       RMB -6.47",
            "------------------------------------------------",
            "订单号 ORDER NO                            A1001",
            "退货商品 RETURNED",
            "可口可乐 330ml",
            "  1 x 3.50                                  3.50",
            "Chewing gum",
            "  3 x 0.99                                  2.97",
            "------------------------------------------------",
            "备注 REFERENCE",
        ];

        FromAmountToRemarks(ReceiptSamples.Render(ReceiptSamples.OrderRefund(), ReceiptCopy.Cardholder, 48)).Should().Equal(expected);
    }

    [Fact]
    public void A_sales_items_are_not_called_returned()
    {
        ReceiptSamples.RenderText(ReceiptSamples.OrderSale(), ReceiptCopy.Merchant, 48).Should().NotContain("退货商品");
    }

    [Fact]
    public void A_void_of_an_order_prints_the_order_number_and_no_goods()
    {
        var voidOfOrder = ReceiptSamples.Void() with { OrderNo = "A1001", EcrRequestId = "R3" };

        var lines = FromAmountToRemarks(ReceiptSamples.Render(voidOfOrder, ReceiptCopy.Merchant, 32));

        lines.Skip(2).Should().Equal("--------------------------------", "订单号 ORDER NO            A1001", "--------------------------------", "备注 REFERENCE");
    }

    [Fact]
    public void A_transaction_without_an_order_prints_no_order_block()
    {
        var text = ReceiptSamples.RenderText(ReceiptSamples.Sale() with { Items = ReceiptSamples.OrderItems }, ReceiptCopy.Merchant, 48);

        text.Should().NotContain("订单号").And.NotContain("可口可乐", "goods without an order number are not an order's");
    }

    [Theory]
    [InlineData(32, new[] { "进口有机特级初榨橄榄油进口有机特", "级初榨橄榄油进口有机特级初榨橄榄", "油进口有机特级初" })]
    [InlineData(48, new[] { "进口有机特级初榨橄榄油进口有机特级初榨橄榄油进口", "有机特级初榨橄榄油进口有机特级初" })]
    public void A_long_chinese_item_name_wraps_to_the_paper_counting_two_columns_a_character(int columns, string[] nameLines)
    {
        var sale = ReceiptSamples.OrderSale() with { Items = [new OrderItem(ReceiptSamples.LongestChineseName, 1, 100)] };

        var lines = ReceiptSamples.Render(sale, ReceiptCopy.Merchant, columns).ToList();

        var first = lines.IndexOf(nameLines[0]);
        first.Should().BePositive();
        lines.Skip(first).Take(nameLines.Length + 1).Should().Equal([.. nameLines, DisplayWidth.LeftRight("  1 x 1.00", "1.00", columns).Single()]);
    }

    [Fact]
    public void An_order_number_too_long_to_share_its_line_goes_under_its_label_at_the_right_edge()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.OrderSale() with { OrderNo = "ORDER-2025-03-14-0000000000001" }, ReceiptCopy.Merchant, 32).ToList();

        lines[lines.IndexOf("订单号 ORDER NO") + 1].Should().Be("  ORDER-2025-03-14-0000000000001");
    }

    [Fact]
    public void The_largest_quantity_and_price_still_share_one_line_with_the_line_amount_at_58_mm()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.LargestOrderSale(), ReceiptCopy.Merchant, 32);

        lines.Should().Contain("  9999 x 999999.99 9998999900.01");
    }

    [Theory]
    [InlineData(32)]
    [InlineData(48)]
    public void A_reprint_shows_the_same_order_and_goods(int columns)
    {
        var first = ReceiptSamples.Render(ReceiptSamples.OrderRefund(), ReceiptCopy.Merchant, columns);
        var reprint = ReceiptSamples.Render(ReceiptSamples.OrderRefund(), ReceiptCopy.Merchant, columns, new ReceiptOptions(Reprint: true));

        FromAmountToRemarks(reprint).Should().Equal(FromAmountToRemarks(first));
        reprint.Should().Contain(l => l.Contains("DUPLICATED"));
    }

    [Fact]
    public void Every_copy_carries_the_order_block()
    {
        foreach (var copy in Enum.GetValues<ReceiptCopy>())
            ReceiptSamples.RenderText(ReceiptSamples.OrderSale(), copy, 32).Should().Contain("订单号 ORDER NO").And.Contain("  3 x 0.99");
    }

    [Theory]
    [InlineData(0, 100, "*item 2*quantity 0*")]
    [InlineData(1, -1, "*item 2*-1 fen*")]
    public void An_item_out_of_the_rules_is_refused_naming_it(int quantity, long price, string message)
    {
        var sale = ReceiptSamples.OrderSale() with { Items = [ReceiptSamples.OrderItems[0], new OrderItem("面包", quantity, price)] };

        var build = () => ReceiptBuilder.Build(ReceiptData.FromTransaction(sale, ReceiptSamples.Merchant, ReceiptCopy.Merchant));

        build.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Receipt_data_with_items_but_no_order_number_is_refused()
    {
        var data = ReceiptData.FromTransaction(ReceiptSamples.Sale(), ReceiptSamples.Merchant, ReceiptCopy.Merchant) with { Items = ReceiptSamples.OrderItems };

        var build = () => ReceiptBuilder.Build(data);

        build.Should().Throw<ArgumentException>().WithMessage("*order number*");
    }

    private static List<string> FromAmountToRemarks(IReadOnlyList<string> lines) =>
        [.. lines.SkipWhile(l => l != "金额 AMOUNT").TakeWhile(l => l != "备注 REFERENCE"), "备注 REFERENCE"];
}
