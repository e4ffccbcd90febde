using FluentAssertions;
using LakalaPos.Core.Receipts;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>Voids and refunds give money back: a minus sign by default, and their 备注 (spec sections 4, 5, 8).</summary>
public class CreditReceiptTests
{
    [Fact]
    public void A_void_shows_a_negative_amount()
    {
        var text = ReceiptSamples.RenderText(ReceiptSamples.Void(), ReceiptCopy.Merchant, 32);
        text.Should().Contain("RMB -123.45").And.Contain("消费撤销 VOID");
    }

    [Fact]
    public void A_refund_shows_a_negative_amount()
    {
        var text = ReceiptSamples.RenderText(ReceiptSamples.Refund(), ReceiptCopy.Merchant, 32);
        text.Should().Contain("RMB -50.00").And.Contain("退货 REFUND");
    }

    [Fact]
    public void The_negative_sign_parameter_turned_off_prints_voids_and_refunds_unsigned()
    {
        var options = new ReceiptOptions(NegativeSignOnCredits: false);
        ReceiptSamples.RenderText(ReceiptSamples.Void(), ReceiptCopy.Merchant, 32, options)
            .Should().Contain("RMB 123.45").And.NotContain("-123.45");
        ReceiptSamples.RenderText(ReceiptSamples.Refund(), ReceiptCopy.Merchant, 32, options)
            .Should().Contain("RMB 50.00").And.NotContain("-50.00");
    }

    [Fact]
    public void The_negative_sign_parameter_never_puts_a_sign_on_a_sale()
    {
        ReceiptSamples.RenderText(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32, new ReceiptOptions(NegativeSignOnCredits: true))
            .Should().Contain("RMB 123.45").And.NotContain("-123.45");
    }

    [Fact]
    public void A_void_notes_the_original_voucher_and_the_reason()
    {
        var data = ReceiptData.FromTransaction(ReceiptSamples.Void(), ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        data.Remarks.Should().Equal("原凭证号:000012", "撤销原因:客户要求");
    }

    [Theory]
    [InlineData(1, "输入错误")]
    [InlineData(2, "客户要求")]
    [InlineData(3, "设备故障")]
    [InlineData(4, "系统错误")]
    [InlineData(5, "网络问题")]
    [InlineData(6, "政策变更")]
    public void Each_void_reason_prints_as_offered_on_screen(int reason, string text)
    {
        var data = ReceiptData.FromTransaction(ReceiptSamples.Void() with { Reason = reason }, ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        data.Remarks.Should().Contain($"撤销原因:{text}");
    }

    [Fact]
    public void An_unknown_void_reason_still_prints_with_its_code()
    {
        ReceiptTexts.VoidReason(9).Should().Be("未知原因(9)");
    }

    [Fact]
    public void A_refund_notes_the_original_reference_date_and_the_refund_method()
    {
        var data = ReceiptData.FromTransaction(ReceiptSamples.Refund(), ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        data.Remarks.Should().Equal("原参考号:250301080000", "原交易日期:03/01", "退款方式:退至账户余额");
    }

    [Fact]
    public void A_refund_back_to_the_card_says_so()
    {
        var refund = ReceiptSamples.Refund() with { RefundMethod = Host.RefundMethod.Original };
        ReceiptSamples.RenderText(refund, ReceiptCopy.Merchant, 32).Should().Contain("退款方式:原路退回");
    }

    [Fact]
    public void Remarks_print_below_the_remarks_label()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Refund(), ReceiptCopy.Cardholder, 32).ToList();
        var label = lines.IndexOf("备注 REFERENCE");
        lines.Skip(label + 1).Take(3).Should().Equal("原参考号:250301080000", "原交易日期:03/01", "退款方式:退至账户余额");
    }

    [Fact]
    public void A_record_missing_original_details_still_prints_what_it_has()
    {
        var data = ReceiptData.FromTransaction(ReceiptSamples.Void() with { Reason = null }, ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        data.Remarks.Should().Equal("原凭证号:000012");
    }
}
