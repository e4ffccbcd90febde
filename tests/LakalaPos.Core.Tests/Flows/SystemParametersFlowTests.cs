using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Parameters;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 系统管理 (menu 9, the admin's 8-digit password and its own lock): each parameter on a screen with
/// its current value; a value is checked on entry (the reason when refused), journaled with who and
/// when, and in effect at once.
/// </summary>
public sealed class SystemParametersFlowTests
{
    private const string AdminPassword = "12345678";
    private readonly TestTerminal _t = new();

    public SystemParametersFlowTests() => _t.SignedInAtIdle();

    private void Open()
    {
        _t.FromMenu(Key.D9);
        TypeEnter(AdminPassword);
    }

    private void TypeEnter(string digits)
    {
        _t.Type(digits);
        _t.Press(Key.Enter);
    }

    [Fact]
    public void The_admin_password_is_asked_with_eight_masked_digits()
    {
        _t.FromMenu(Key.D9);
        _t.Type("1234");

        _t.ScreenLines.Should().Equal("系统管理", "请输入管理员密码", "****");
    }

    [Fact]
    public void Three_wrong_admin_passwords_lock_system_parameters_but_not_the_supervisor()
    {
        _t.FromMenu(Key.D9);
        TypeEnter("00000000");
        TypeEnter("11111111");
        TypeEnter("22222222");

        _t.ScreenLines.Should().Equal("系统管理", "管理员密码已锁定");
        PasswordLock.Of(OperatorRole.Admin, _t.Journal, _t.Clock).IsLocked.Should().BeTrue();
        PasswordLock.Of(OperatorRole.Supervisor, _t.Journal, _t.Clock).IsLocked.Should().BeFalse();
    }

    [Fact]
    public void A_merchant_number_of_14_digits_is_refused_with_the_reason()
    {
        Open();
        _t.Press(Key.D1, Key.D1);
        _t.ScreenLines.Should().Equal("商户号", "当前 898310048990001", "新值", "");

        TypeEnter("89831004899000");

        _t.ScreenLines.Should().Equal("商户号", "当前 898310048990001", "新值", "", "商户号须为15位数字");
        _t.Ctx.Parameters.MerchantNo.Should().Be("898310048990001");
    }

    [Fact]
    public void A_valid_merchant_number_is_journaled_with_who_and_when_and_in_effect_at_once()
    {
        Open();
        _t.Press(Key.D1, Key.D1);
        TypeEnter("898310048990002");

        _t.ScreenLines.Should().Equal("商户号", "设置成功");
        _t.Ctx.Parameters.MerchantNo.Should().Be("898310048990002");
        _t.Journal.LoadParameters()[ParameterCatalog.MerchantNo].Should().Be("898310048990002");
        _t.Journal.ListChanges(1).Single().Should().Be(new ChangeNote(_t.Ctx.Now, "99", "01", "merchantNo 898310048990002"));
    }

    [Fact]
    public void A_new_merchant_number_means_a_new_sign_in_before_the_next_request()
    {
        Open();
        _t.Press(Key.D1, Key.D1);
        TypeEnter("898310048990002");

        _t.Ctx.Session.SignInRequested.Should().BeTrue();
    }

    [Theory]
    [InlineData("256000000001", "IP地址无效")]
    [InlineData("1270000001", "IP地址无效")]
    public void A_host_address_that_does_not_parse_is_refused(string typed, string why)
    {
        Open();
        _t.Press(Key.D2, Key.D1);
        TypeEnter(typed);

        _t.ScreenLines.Should().EndWith(["", why]);
    }

    [Fact]
    public void A_host_address_is_typed_as_twelve_digits_then_the_port()
    {
        var changed = new List<(string, string)>();
        _t.Ctx.Parameters.Changed += (name, value) => changed.Add((name, value));
        Open();
        _t.Press(Key.D2, Key.D1);
        _t.Type("010002003004");
        _t.ScreenLines.Should().Contain("010.002.003.004");
        _t.Press(Key.Enter);
        _t.ScreenLines.Should().Equal("主机地址", "10.2.3.4", "请输入端口", "");
        TypeEnter("0");
        _t.ScreenLines.Should().Contain("端口为1-65535");

        TypeEnter("6000");

        _t.Ctx.Parameters.Get(ParameterCatalog.HostAddress).Should().Be("10.2.3.4:6000");
        changed.Should().Equal((ParameterCatalog.HostAddress, "10.2.3.4:6000"));
    }

    [Theory]
    [InlineData("6100030000")]
    [InlineData("600003000")]
    public void A_tpdu_not_ten_digits_from_60_is_refused(string typed)
    {
        Open();
        _t.Press(Key.D2, Key.D2);
        TypeEnter(typed);

        _t.ScreenLines.Should().Contain("TPDU为60开头的10位数字");
    }

    [Fact]
    public void The_trace_number_cannot_go_below_what_the_journal_has_used()
    {
        _t.Journal.SetTrace(41);
        Open();
        _t.Press(Key.D3, Key.D2);
        _t.ScreenLines.Should().Contain("当前 000042");

        TypeEnter("41");
        _t.ScreenLines.Should().Contain("不能小于000042");

        TypeEnter("100");
        _t.Journal.NextTrace().Should().Be(100);
    }

    [Fact]
    public void The_batch_number_cannot_go_below_the_current_batch()
    {
        _t.Journal.SetBatch(5);
        Open();
        _t.Press(Key.D3, Key.D1);
        TypeEnter("4");

        _t.ScreenLines.Should().Contain("不能小于000005");
        _t.Journal.CurrentBatch().Should().Be(5);
    }

    [Theory]
    [InlineData(Key.D4, "4", "联数为1-3")]
    [InlineData(Key.D4, "0", "联数为1-3")]
    public void Receipt_copies_are_one_to_three(Key group, string typed, string why)
    {
        Open();
        _t.Press(group, Key.D1);
        TypeEnter(typed);

        _t.ScreenLines.Should().Contain(why);
        _t.Ctx.Parameters.ReceiptCopies.Should().Be(2);
    }

    [Fact]
    public void Yes_and_no_are_one_and_zero()
    {
        Open();
        _t.Press(Key.D3, Key.D3);
        _t.ScreenLines.Should().Equal("撤销需刷卡", "当前 是", "1 是  0 否", "");
        TypeEnter("2");
        _t.ScreenLines.Should().Contain("请输入1或0");

        TypeEnter("0");

        _t.Ctx.Parameters.VoidCardRequired.Should().BeFalse();
    }

    [Fact]
    public void An_amount_is_typed_in_fen_and_kept_in_yuan()
    {
        Open();
        _t.Press(Key.D3, Key.D6);
        _t.Type("5000");
        _t.ScreenLines.Should().Contain("50.00");
        _t.Press(Key.Enter);

        _t.Ctx.Parameters.Get(ParameterCatalog.MaxRefundAmount).Should().Be("50.00");
        _t.Ctx.Parameters.MaxRefundFen.Should().Be(5000);
    }

    [Fact]
    public void English_shows_on_the_very_next_screen()
    {
        Open();
        _t.Press(Key.D5);
        TypeEnter("2");

        _t.ScreenLines.Should().Equal("Language", "Saved");
        _t.Advance(TimeSpan.FromSeconds(3));
        _t.ScreenLines[0].Should().Be("System parameters 1/2");
    }

    [Fact]
    public void The_merchant_name_is_shown_and_not_typed()
    {
        Open();
        _t.Press(Key.D1, Key.D3);
        _t.ScreenLines.Should().Equal("商户名称", "当前 拉卡拉测试商户", "不能用键盘修改", "由主机参数下发");

        _t.Press(Key.D1, Key.Enter);

        _t.ScreenLines[0].Should().Be("商户参数");
        _t.Journal.ListChanges(5).Should().BeEmpty();
    }
}
