using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// Sign-in (spec section 1): "请输入操作员号" (2 digits), "请输入密码" (masked), the local check —
/// only cashiers 01-98 with their 4-digit password, else "密码错误" and the sign-in again, nothing
/// sent — then 0800: "签到成功" at idle, or "签到失败" with the host's reason and the sign-in again.
/// </summary>
public sealed class SignInFlowTests
{
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    public SignInFlowTests() => _t.WithOperators().Start(new SignInActivity());

    private void Types(string operatorNo, string password)
    {
        _t.Type(operatorNo);
        _t.Press(Key.Enter);
        _t.Type(password);
        _t.Press(Key.Enter);
    }

    [Fact]
    public void The_sign_in_asks_for_the_operator_number_then_the_password_shown_masked()
    {
        _t.ScreenLines.Should().Equal("签到", "请输入操作员号", "");

        _t.Type("01");
        _t.Press(Key.Enter);
        _t.Type("00");

        _t.ScreenLines.Should().Equal("签到", "操作员 01", "请输入密码", "**");
    }

    [Fact]
    public void The_operator_number_has_two_digits()
    {
        _t.Type("1");
        _t.Press(Key.Enter);

        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
    }

    [Fact]
    public void A_cashier_with_the_right_password_signs_in_with_the_host_and_idle_says_sign_in_ok()
    {
        Types("01", "0000");

        var signIn = _t.Link.Sent.Should().ContainSingle().Subject;
        (signIn.Kind, signIn.OperatorNo).Should().Be((HostMessageKind.SignIn, "01"));
        _t.ScreenLines.Should().Equal("签到", "签到中", "处理中");

        _t.HostAnswers("00");

        _t.Engine.ActivityName.Should().Be("Idle");
        _t.ScreenLines.Should().Equal("拉卡拉测试商户", "2026-03-14 09:30", "操作员 01", "请刷卡/插卡/挥卡", "签到成功");
    }

    [Theory]
    [InlineData("01", "1234")]
    [InlineData("05", "0000")]
    public void A_wrong_password_or_an_unknown_operator_says_wrong_password_and_nothing_is_sent(string operatorNo, string password)
    {
        Types(operatorNo, password);

        _t.ScreenLines.Should().Equal("密码错误");
        _t.Link.Sent.Should().BeEmpty();
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
    }

    [Theory]
    [InlineData("00", "123456")]
    [InlineData("99", "12345678")]
    public void The_supervisor_and_the_admin_cannot_sign_in_as_cashiers_even_with_their_own_password(string operatorNo, string password)
    {
        Types(operatorNo, password);

        _t.ScreenLines.Should().Equal("密码错误");
        _t.Link.Sent.Should().BeEmpty();
    }

    [Fact]
    public void A_host_refusal_says_sign_in_failed_with_the_code_and_asks_again()
    {
        Types("01", "0000");

        _t.HostAnswers("96");

        _t.ScreenLines.Should().Equal("签到失败", "96 系统故障");
        _t.Ctx.Session.IsSignedIn.Should().BeFalse();
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
    }

    [Fact]
    public void The_host_s_own_text_shows_under_its_refusal()
    {
        Types("01", "0000");

        _t.HostAnswers(FakeHostLink.Response("96") with { Text = "请联系收单行" });

        _t.ScreenLines.Should().Equal("签到失败", "96 系统故障", "请联系收单行");
    }

    [Fact]
    public void No_answer_says_sign_in_failed_and_host_time_out()
    {
        Types("01", "0000");

        _t.Advance(TestTerminal.HostTimeout);

        _t.ScreenLines.Should().Equal("签到失败", "交易超时");
        _t.Link.Abandoned.Should().ContainSingle();
        _t.Ctx.Session.IsSignedIn.Should().BeFalse();
    }

    [Fact]
    public void An_unreachable_host_says_sign_in_failed_and_network_down()
    {
        _t.Link.OnSend = request => _t.Link.Report(new HostLinkResult(request, HostLinkOutcome.NotConnected));

        Types("01", "0000");

        _t.ScreenLines.Should().Equal("签到失败", "网络未连接,请检查网络");
    }

    [Fact]
    public void Cancel_while_the_host_is_asked_does_nothing()
    {
        Types("01", "0000");

        _t.Press(Key.Cancel);

        _t.Engine.ActivityName.Should().Be("SignIn/Online");
        _t.Link.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void Cancel_at_the_password_starts_the_sign_in_over()
    {
        _t.Type("01");
        _t.Press(Key.Enter);

        _t.Press(Key.Cancel);

        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
        _t.ScreenLines.Should().Equal("签到", "请输入操作员号", "");
    }

    [Fact]
    public void A_prompt_time_out_says_so_and_starts_the_sign_in_over()
    {
        _t.Type("01");

        _t.Advance(TimeSpan.FromSeconds(60));

        _t.ScreenLines.Should().Equal("操作超时");
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
    }
}
