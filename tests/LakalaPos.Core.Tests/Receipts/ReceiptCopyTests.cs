using FluentAssertions;
using LakalaPos.Core.Receipts;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

public class ReceiptCopyTests
{
    [Theory]
    [InlineData(ReceiptCopy.Merchant, "商户存根 MERCHANT COPY")]
    [InlineData(ReceiptCopy.Cardholder, "持卡人存根 CARDHOLDER COPY")]
    [InlineData(ReceiptCopy.Bank, "银行存根 BANK COPY")]
    public void Each_copy_prints_its_name_under_the_title(ReceiptCopy copy, string name)
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), copy, 32);
        lines[1].Trim().Should().Be(name);
    }

    [Fact]
    public void Only_the_merchant_copy_has_the_signature_line_and_the_cardholder_statement()
    {
        var merchant = ReceiptSamples.RenderText(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 48);
        merchant.Should().Contain(ReceiptTexts.SignatureCaption).And.Contain(ReceiptTexts.CardholderStatement)
            .And.Contain(new string('_', 48));

        foreach (var copy in new[] { ReceiptCopy.Cardholder, ReceiptCopy.Bank })
        {
            var other = ReceiptSamples.RenderText(ReceiptSamples.Sale(), copy, 48);
            other.Should().NotContain("持卡人签名").And.NotContain("本人确认").And.NotContain("____");
        }
    }

    [Fact]
    public void Copies_differ_only_in_their_name_and_the_signature_block()
    {
        var merchant = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32);
        var cardholder = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Cardholder, 32);

        var transactionPart = cardholder.Skip(2).ToList();
        merchant.Skip(2).Take(transactionPart.Count).Should().Equal(transactionPart);
        merchant.Count.Should().BeGreaterThan(cardholder.Count);
    }

    [Theory]
    [InlineData(1, new[] { ReceiptCopy.Merchant })]
    [InlineData(2, new[] { ReceiptCopy.Merchant, ReceiptCopy.Cardholder })]
    [InlineData(3, new[] { ReceiptCopy.Merchant, ReceiptCopy.Cardholder, ReceiptCopy.Bank })]
    public void The_merchant_copy_prints_first_then_the_cardholder_then_the_bank(int count, ReceiptCopy[] expected)
    {
        ReceiptCopies.ForCount(count).Should().Equal(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_copy_count_outside_one_to_three_is_refused(int count)
    {
        var act = () => ReceiptCopies.ForCount(count);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1, 2 or 3*");
    }
}
