using FluentAssertions;
using LakalaPos.Core.Receipts;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

public class ReceiptMarkerTests
{
    [Fact]
    public void A_reprint_says_duplicated_right_under_the_copy_name()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Cardholder, 32, new ReceiptOptions(Reprint: true));
        lines[2].Trim().Should().Be("重打印 DUPLICATED");
        lines.Count(line => line.Contains("重打印")).Should().Be(1);
    }

    [Fact]
    public void A_first_print_does_not_say_duplicated()
    {
        ReceiptSamples.RenderText(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32).Should().NotContain("DUPLICATED");
    }

    [Fact]
    public void A_test_profile_slip_says_it_is_not_valid_at_the_top_and_at_the_bottom()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32, new ReceiptOptions(TestProfile: true));
        lines[2].Trim().Should().Be("测试 凭证无效");
        lines[^1].Trim().Should().Be("测试 凭证无效");
    }

    [Fact]
    public void A_test_profile_reprint_carries_both_markers()
    {
        var text = ReceiptSamples.RenderText(ReceiptSamples.Void(), ReceiptCopy.Bank, 48, new ReceiptOptions(Reprint: true, TestProfile: true));
        text.Should().Contain("重打印 DUPLICATED").And.Contain("测试 凭证无效");
    }

    [Fact]
    public void A_production_slip_has_no_test_marker()
    {
        ReceiptSamples.RenderText(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 48).Should().NotContain("凭证无效");
    }

    [Fact]
    public void The_title_can_be_changed_by_the_profile()
    {
        var lines = ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32, new ReceiptOptions(Title: "拉卡拉签购单"));
        lines[0].Trim().Should().Be("拉卡拉签购单");
    }
}
