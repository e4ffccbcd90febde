using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

public class ReceiptDataRulesTests
{
    private static ReceiptData Valid() =>
        ReceiptData.FromTransaction(ReceiptSamples.Sale(), ReceiptSamples.Merchant, ReceiptCopy.Merchant);

    [Fact]
    public void A_full_card_number_is_refused_without_repeating_it()
    {
        var data = Valid() with { MaskedPan = "6222020200112233446" };
        var act = () => ReceiptBuilder.Build(data);
        act.Should().Throw<ArgumentException>()
            .WithMessage("*must be masked*")
            .Which.Message.Should().NotContain("6222020200112233446").And.NotContain("0200112233");
    }

    [Fact]
    public void A_card_number_with_anything_but_digits_and_stars_is_refused()
    {
        var act = () => ReceiptBuilder.Build(Valid() with { MaskedPan = "6222 02** 3446" });
        act.Should().Throw<ArgumentException>().WithMessage("*digits and '*'*");
    }

    [Fact]
    public void The_log_form_of_receipt_data_names_the_voucher_and_shows_no_card_number()
    {
        var text = (Valid() with { MaskedPan = "6222020200112233446" }).ToString();
        text.Should().Contain("000012").And.NotContain("6222");
    }

    [Theory]
    [InlineData("89810001234000", "MerchantNo")]
    [InlineData("8981000123400012", "MerchantNo")]
    public void A_merchant_number_must_have_15_characters(string merchantNo, string field)
    {
        var act = () => ReceiptBuilder.Build(Valid() with { MerchantNo = merchantNo });
        act.Should().Throw<ArgumentException>().WithMessage("*merchant number must be 15*").Which.ParamName.Should().Be(field);
    }

    [Fact]
    public void A_terminal_number_must_have_8_characters()
    {
        var act = () => ReceiptBuilder.Build(Valid() with { TerminalNo = "1000001" });
        act.Should().Throw<ArgumentException>().WithMessage("*terminal number must be 8*");
    }

    [Fact]
    public void A_negative_amount_is_refused_because_the_sign_comes_from_the_type()
    {
        var act = () => ReceiptBuilder.Build(Valid() with { AmountFen = -100 });
        act.Should().Throw<ArgumentException>().WithMessage("*must not be negative*");
    }

    [Fact]
    public void An_expiry_that_is_not_yymm_is_refused()
    {
        var act = () => ReceiptBuilder.Build(Valid() with { ExpiryYyMm = "12/29" });
        act.Should().Throw<ArgumentException>().WithMessage("*YYMM*");
    }

    [Fact]
    public void A_voucher_number_over_six_digits_is_refused()
    {
        var act = () => ReceiptBuilder.Build(Valid() with { Voucher = 1_000_000 });
        act.Should().Throw<ArgumentException>().WithMessage("*voucher number 1000000*");
    }

    [Fact]
    public void A_balance_inquiry_has_no_receipt()
    {
        var act = () => ReceiptData.FromTransaction(ReceiptSamples.Sale() with { Type = TransactionType.Balance }, ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        act.Should().Throw<ArgumentException>().WithMessage("*balance inquiry has no receipt*");
    }

    [Theory]
    [InlineData(TransactionStatus.Pending)]
    [InlineData(TransactionStatus.Declined)]
    [InlineData(TransactionStatus.Reversed)]
    [InlineData(TransactionStatus.Unknown)]
    public void Only_an_approved_transaction_gets_a_receipt(TransactionStatus status)
    {
        var act = () => ReceiptData.FromTransaction(ReceiptSamples.Sale() with { Status = status }, ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        act.Should().Throw<ArgumentException>().WithMessage($"voucher 000012 is {status}*");
    }

    [Fact]
    public void A_sale_voided_since_still_reprints_as_the_sale_it_was()
    {
        var data = ReceiptData.FromTransaction(ReceiptSamples.Sale() with { Status = TransactionStatus.Voided },
            ReceiptSamples.Merchant, ReceiptCopy.Merchant, new ReceiptOptions(Reprint: true));
        data.Type.Should().Be(TransactionType.Sale);
        data.Reprint.Should().BeTrue();
    }

    [Fact]
    public void A_transaction_without_a_card_number_is_refused()
    {
        var act = () => ReceiptData.FromTransaction(ReceiptSamples.Sale() with { MaskedPan = null }, ReceiptSamples.Merchant, ReceiptCopy.Merchant);
        act.Should().Throw<ArgumentException>().WithMessage("*no card number*");
    }

    [Fact]
    public void Missing_expiry_auth_code_and_reference_print_as_empty_labels()
    {
        var sale = ReceiptSamples.Sale() with { ExpiryYyMm = null, AuthCode = null, Rrn = null };
        var lines = ReceiptSamples.Render(sale, ReceiptCopy.Merchant, 32);
        lines.Should().Contain("有效期 EXP DATE").And.Contain("授权码 AUTH NO").And.Contain("参考号 REF NO");
    }

    [Fact]
    public void The_factory_copies_merchant_and_transaction_fields()
    {
        var data = Valid();
        data.MerchantName.Should().Be("拉卡拉测试商户");
        data.MerchantNo.Should().Be("898100012340001");
        data.TerminalNo.Should().Be("10000001");
        data.OperatorNo.Should().Be("01");
        data.ReferenceNo.Should().Be("250314092653");
        data.Title.Should().Be(ReceiptData.DefaultTitle);
        data.NegativeSignOnCredits.Should().BeTrue();
    }
}
