using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Text;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>The slip printed when reversal retries run out (spec section 6).</summary>
public class FaultSlipTests
{
    private static readonly DateTimeOffset PrintedAt = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(8));

    private static TransactionRecord FailedSale() => ReceiptSamples.Sale() with
    {
        Status = TransactionStatus.Pending,
        ReversalState = ReversalState.Failed,
        ReversalReason = "98",
        ReversalAttempts = 3,
        Rrn = null,
        AuthCode = null,
    };

    [Theory]
    [InlineData(32)]
    [InlineData(48)]
    public void It_says_it_is_not_a_voucher_at_both_ends_and_fits_the_paper(int columns)
    {
        var lines = ReceiptRenderer.Render(FaultSlipBuilder.Build(FailedSale(), ReceiptSamples.Merchant, PrintedAt), columns);
        lines[1].Trim().Should().Be("非交易凭证 NOT A VOUCHER");
        lines[^1].Trim().Should().Be("非交易凭证 NOT A VOUCHER");
        lines.Should().OnlyContain(line => DisplayWidth.Of(line) <= columns);
    }

    [Fact]
    public void It_names_the_transaction_in_doubt_and_what_to_do()
    {
        var text = string.Join('\n', ReceiptRenderer.Render(FaultSlipBuilder.Build(FailedSale(), ReceiptSamples.Merchant, PrintedAt), 48));
        text.Should().Contain("冲正失败 REVERSAL FAILED")
            .And.Contain("622202*********3446 I")
            .And.Contain("000012")
            .And.Contain("RMB 123.45")
            .And.Contain("98 交易超时")
            .And.Contain("冲正失败,请联系客服")
            .And.Contain("2025/03/14 09:30:00");
    }

    [Fact]
    public void It_has_no_signature_line_and_no_copy_name()
    {
        var text = string.Join('\n', ReceiptRenderer.Render(FaultSlipBuilder.Build(FailedSale(), ReceiptSamples.Merchant, PrintedAt), 32));
        text.Should().NotContain("持卡人签名").And.NotContain("存根").And.NotContain("POS签购单");
    }

    [Fact]
    public void An_unmasked_card_number_is_left_off_rather_than_printed()
    {
        var sale = FailedSale() with { MaskedPan = "6222020200112233446" };
        var text = string.Join('\n', ReceiptRenderer.Render(FaultSlipBuilder.Build(sale, ReceiptSamples.Merchant, PrintedAt), 48));
        text.Should().NotContain("6222020200112233446").And.NotContain("卡号");
    }

    [Fact]
    public void A_test_profile_fault_slip_carries_the_test_marker()
    {
        var lines = ReceiptRenderer.Render(FaultSlipBuilder.Build(FailedSale(), ReceiptSamples.Merchant, PrintedAt, testProfile: true), 32);
        lines.Should().Contain(line => line.Trim() == "测试 凭证无效");
    }
}
