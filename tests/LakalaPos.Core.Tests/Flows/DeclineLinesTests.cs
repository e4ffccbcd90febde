using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Text;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>What a decline says: "交易失败", the code with its own text, and the host's text under them.</summary>
public class DeclineLinesTests
{
    private static HostResponse Answer(string code, string? text = null) => new() { ResponseCode = code, Text = text };

    [Fact]
    public void A_decline_with_a_host_text_shows_it_under_the_code_s_own_text() =>
        HostRequests.DeclineLines(Answer("51", "卡内余额不足请换卡支付"), TransactionType.Sale)
            .Should().Equal("交易失败", "51 余额不足", "卡内余额不足请换卡支付");

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_decline_without_a_host_text_shows_the_code_only(string? text) =>
        HostRequests.DeclineLines(Answer("51", text), TransactionType.Sale).Should().Equal("交易失败", "51 余额不足");

    [Fact]
    public void A_refund_declined_51_names_the_merchant_balance_and_still_shows_the_host_text() =>
        HostRequests.DeclineLines(Answer("51", "商户账户余额不足"), TransactionType.Refund)
            .Should().Equal("交易失败", "51 商户余额不足", "商户账户余额不足");

    [Fact]
    public void The_longest_host_text_field_63_can_carry_still_fits_an_eight_row_display_of_32_columns()
    {
        var lines = HostRequests.DeclineLines(Answer("75", new string('卡', 80)), TransactionType.Sale);

        lines.Sum(line => DisplayWidth.Wrap(line, 32).Count).Should().BeLessThanOrEqualTo(8);
    }
}
