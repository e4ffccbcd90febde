using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 签退 (menu 0): the host is told (0820) and the cashier is signed out whatever it answers —
/// "签退成功", then the sign-in prompt.
/// </summary>
public sealed class SignOutFlowTests
{
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    public SignOutFlowTests() => _t.SignedInAtIdle();

    [Fact]
    public void Menu_0_tells_the_host_who_signs_out()
    {
        _t.Press(Key.Menu, Key.Down, Key.D0);

        var signOut = _t.Link.Sent.Should().ContainSingle().Subject;
        (signOut.Kind, signOut.OperatorNo).Should().Be((HostMessageKind.SignOut, "01"));
        _t.ScreenLines.Should().Equal("签退", "处理中");
    }

    [Fact]
    public void An_accepted_sign_out_says_signed_out_then_asks_for_a_sign_in()
    {
        _t.FromMenu(Key.D0);

        _t.HostAnswers("00");

        _t.ScreenLines.Should().Equal("签退成功");
        _t.Ctx.Session.IsSignedIn.Should().BeFalse();
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
    }

    [Fact]
    public void A_refused_sign_out_still_signs_the_cashier_out()
    {
        _t.FromMenu(Key.D0);

        _t.HostAnswers("96");

        _t.ScreenLines.Should().Equal("签退成功");
        _t.Ctx.Session.IsSignedIn.Should().BeFalse();
    }

    [Fact]
    public void An_unanswered_sign_out_still_signs_the_cashier_out()
    {
        _t.FromMenu(Key.D0);

        _t.Advance(TestTerminal.HostTimeout);

        _t.ScreenLines.Should().Equal("签退成功");
        _t.Ctx.Session.IsSignedIn.Should().BeFalse();
    }

    [Fact]
    public void After_the_sign_out_a_card_starts_nothing()
    {
        _t.FromMenu(Key.D0);
        _t.HostAnswers("00");
        _t.Advance(MessageTime);

        _t.Present(Cards.Swiped());

        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
        _t.Link.Sent.Should().ContainSingle("only the sign-out");
    }
}
