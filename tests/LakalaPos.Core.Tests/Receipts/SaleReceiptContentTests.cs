using FluentAssertions;
using LakalaPos.Core.Receipts;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>What a sale slip must show, per terminal spec section 8 (checked at 80 mm, where nothing wraps).</summary>
public class SaleReceiptContentTests
{
    private static readonly string Text = ReceiptSamples.RenderText(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 48);

    [Theory]
    [InlineData("POS签购单 POS SALES SLIP")]
    [InlineData("商户存根 MERCHANT COPY")]
    [InlineData("商户名称 MERCHANT NAME")]
    [InlineData("拉卡拉测试商户")]
    [InlineData("商户编号 MERCHANT NO")]
    [InlineData("898100012340001")]
    [InlineData("终端编号 TERMINAL NO")]
    [InlineData("10000001")]
    [InlineData("操作员号 OPERATOR NO")]
    [InlineData("卡号 CARD NO")]
    [InlineData("622202*********3446 I")]
    [InlineData("交易类型 TRANS TYPE")]
    [InlineData("消费 SALE")]
    [InlineData("有效期 EXP DATE")]
    [InlineData("29/12")]
    [InlineData("批次号 BATCH NO")]
    [InlineData("000001")]
    [InlineData("凭证号 VOUCHER NO")]
    [InlineData("000012")]
    [InlineData("授权码 AUTH NO")]
    [InlineData("A1B2C3")]
    [InlineData("参考号 REF NO")]
    [InlineData("250314092653")]
    [InlineData("日期时间 DATE/TIME")]
    [InlineData("2025/03/14 09:26:53")]
    [InlineData("金额 AMOUNT")]
    [InlineData("RMB 123.45")]
    [InlineData("备注 REFERENCE")]
    [InlineData("持卡人签名 CARDHOLDER SIGNATURE")]
    [InlineData("本人确认以上交易,同意将其计入本卡账户")]
    public void A_sale_merchant_copy_prints(string expected)
    {
        Text.Should().Contain(expected);
    }

    [Fact]
    public void Fields_come_in_the_order_of_the_spec()
    {
        string[] order =
        [
            "POS签购单", "商户存根", "商户名称", "商户编号", "终端编号", "操作员号", "卡号", "交易类型",
            "有效期", "批次号", "凭证号", "授权码", "参考号", "日期时间", "金额", "备注", "持卡人签名", "本人确认",
        ];
        var positions = order.Select(label => Text.IndexOf(label, StringComparison.Ordinal)).ToList();
        positions.Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Theory]
    [InlineData(Hardware.EntryMode.Swipe, "622202*********3446 S")]
    [InlineData(Hardware.EntryMode.Insert, "622202*********3446 I")]
    [InlineData(Hardware.EntryMode.Tap, "622202*********3446 C")]
    [InlineData(Hardware.EntryMode.Manual, "622202*********3446 M")]
    public void The_card_number_carries_the_entry_mode_letter(Hardware.EntryMode mode, string expected)
    {
        var text = ReceiptSamples.RenderText(ReceiptSamples.Sale() with { EntryMode = mode }, ReceiptCopy.Cardholder, 32);
        text.Should().Contain(expected);
    }

    [Fact]
    public void A_sale_amount_has_no_sign()
    {
        Text.Should().Contain("RMB 123.45").And.NotContain("-123.45");
    }

    [Fact]
    public void A_sale_has_an_empty_remarks_section_and_no_markers()
    {
        Text.Should().NotContain("原凭证号").And.NotContain("重打印").And.NotContain("凭证无效");
    }
}
