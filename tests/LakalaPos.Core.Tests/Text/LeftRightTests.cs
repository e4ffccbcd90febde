using FluentAssertions;
using Xunit;
using LakalaPos.Core.Text;

namespace LakalaPos.Core.Tests.Text;

public class LeftRightTests
{
    [Fact]
    public void Label_and_value_that_fit_share_one_line_with_the_value_at_the_right_edge()
    {
        DisplayWidth.LeftRight("凭证号", "000012", 16).Should().Equal("凭证号    000012");
    }

    [Fact]
    public void Both_need_at_least_one_space_between_them_to_share_a_line()
    {
        DisplayWidth.LeftRight("ABCDEFGH", "1234567", 16).Should().Equal("ABCDEFGH 1234567");
        DisplayWidth.LeftRight("ABCDEFGH", "12345678", 16).Should().Equal("ABCDEFGH", "        12345678");
    }

    [Fact]
    public void A_value_that_does_not_fit_beside_the_label_goes_right_aligned_onto_the_next_line()
    {
        DisplayWidth.LeftRight("商户编号 MERCHANT NO", "898100012340001", 32)
            .Should().Equal("商户编号 MERCHANT NO", "                 898100012340001");
    }

    [Fact]
    public void A_value_longer_than_a_line_wraps_as_a_block_and_is_not_cut()
    {
        var lines = DisplayWidth.LeftRight("商户名称", "北京拉卡拉网络技术有限公司朝阳门分店", 16);
        lines.Should().Equal("商户名称", "北京拉卡拉网络技", "术有限公司朝阳门", "分店");
    }

    [Fact]
    public void An_empty_value_gives_just_the_label()
    {
        DisplayWidth.LeftRight("授权码 AUTH NO", "", 32).Should().Equal("授权码 AUTH NO");
    }

    [Fact]
    public void A_label_wider_than_the_line_wraps_too()
    {
        DisplayWidth.LeftRight("持卡人签名 CARDHOLDER SIGNATURE", "X", 16)
            .Should().Equal("持卡人签名", "CARDHOLDER", "SIGNATURE", "               X");
    }

    [Fact]
    public void A_right_aligned_block_keeps_its_lines_aligned_to_each_other()
    {
        DisplayWidth.RightAlignedBlock("AAAA BBBBB C", 8).Should().Equal(" AAAA", " BBBBB C");
    }
}
