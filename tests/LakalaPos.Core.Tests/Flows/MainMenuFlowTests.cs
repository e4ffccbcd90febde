using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// The main menu (spec section 2): ENTER or MENU at idle opens it; two pages of five items, UP and
/// DOWN page (round the end); a digit selects at once, an item on the other page too; CANCEL goes
/// back to idle; a prompt left alone for the prompt time-out says "操作超时" and goes back to idle.
/// </summary>
public sealed class MainMenuFlowTests
{
    private static readonly string[] Page1 = ["主菜单 1/2", "1 消费", "2 消费撤销", "3 退货", "4 余额查询", "5 交易查询", "下翻 更多功能"];
    private static readonly string[] Page2 = ["主菜单 2/2", "6 结算", "7 重打印", "8 柜员管理", "9 系统管理", "0 签退", "上翻 返回上页"];
    private static readonly TimeSpan PromptTimeout = TimeSpan.FromSeconds(60);
    private readonly TestTerminal _t = new();

    public MainMenuFlowTests() => _t.SignedInAtIdle();

    [Theory]
    [InlineData(Key.Enter)]
    [InlineData(Key.Menu)]
    public void Enter_or_menu_at_idle_opens_the_first_page(Key key)
    {
        _t.Press(key);

        _t.ScreenLines.Should().Equal(Page1);
    }

    [Fact]
    public void Down_shows_the_second_page_and_up_the_first_again()
    {
        _t.Press(Key.Menu, Key.Down);
        _t.ScreenLines.Should().Equal(Page2);

        _t.Press(Key.Up);
        _t.ScreenLines.Should().Equal(Page1);
    }

    [Fact]
    public void Paging_goes_round_the_ends()
    {
        _t.Press(Key.Menu, Key.Up);
        _t.ScreenLines.Should().Equal(Page2);

        _t.Press(Key.Down);
        _t.ScreenLines.Should().Equal(Page1);
    }

    [Fact]
    public void A_digit_selects_at_once_even_an_item_on_the_other_page()
    {
        _t.Press(Key.Menu, Key.D7);

        _t.ScreenLines.Should().Equal("重打印", "1 最后一笔", "2 任意一笔", "3 结算单");
    }

    [Fact]
    public void One_starts_a_sale_at_its_amount()
    {
        _t.Press(Key.Menu, Key.D1);

        _t.Engine.ActivityName.Should().Be("Sale/Amount");
        _t.ScreenLines.Should().Equal("消费", "请输入金额", "0.00");
    }

    [Theory]
    [InlineData(Key.D2, "消费撤销", "请输入主管密码")]
    [InlineData(Key.D8, "柜员管理", "请输入主管密码")]
    [InlineData(Key.D9, "系统管理", "请输入管理员密码")]
    public void An_item_behind_a_password_asks_for_it_first(Key key, string name, string prompt)
    {
        _t.Press(Key.Menu, key);

        _t.ScreenLines.Should().Equal(name, prompt, "");
    }

    [Fact]
    public void Cancel_goes_back_to_idle()
    {
        _t.Press(Key.Menu, Key.Down);

        _t.Press(Key.Cancel);

        _t.Engine.ActivityName.Should().Be("Idle");
        _t.ScreenLines.Should().Contain("请刷卡/插卡/挥卡");
    }

    [Fact]
    public void Left_alone_for_the_prompt_time_out_the_menu_says_so_and_goes_back_to_idle()
    {
        _t.Press(Key.Menu);

        _t.Advance(PromptTimeout);

        _t.ScreenLines.Should().Equal("操作超时");
        _t.Advance(TimeSpan.FromSeconds(3));
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void Each_key_starts_the_prompt_time_out_again()
    {
        _t.Press(Key.Menu);
        _t.Advance(PromptTimeout - TimeSpan.FromSeconds(1));

        _t.Press(Key.Down);
        _t.Advance(PromptTimeout - TimeSpan.FromSeconds(1));

        _t.ScreenLines.Should().Equal(Page2);
        _t.Advance(TimeSpan.FromSeconds(1));
        _t.ScreenLines.Should().Equal("操作超时");
    }
}
