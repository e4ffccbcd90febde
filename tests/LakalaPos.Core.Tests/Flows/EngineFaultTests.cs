using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// "系统故障,请重试": a fault inside a flow never takes the terminal down. The engine logs it, says
/// so, sends nothing more and goes home — idle when a cashier is signed in, else the sign-in — and
/// goes on handling events.
/// </summary>
public sealed class EngineFaultTests
{
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    private void SignedIn() => _t.Ctx.Session.OperatorNo = "01";

    [Fact]
    public void A_flow_that_throws_on_a_key_says_system_fault_and_sends_nothing()
    {
        SignedIn();
        _t.Start(new Faulty());

        _t.Press(Key.D1);

        _t.ScreenLines.Should().Equal("系统故障,请重试");
        _t.Link.Sent.Should().BeEmpty();
        _t.Journal.Last().Should().BeNull("nothing is journaled for a fault");
    }

    [Fact]
    public void The_fault_is_logged_with_the_flow_the_event_and_the_exception()
    {
        SignedIn();
        _t.Start(new Faulty());

        _t.Press(Key.Enter);

        _t.Log.Should().ContainSingle(line => line.Contains("Fault in \"Faulty\"") && line.Contains("KeyPressed") && line.Contains(Faulty.Bug));
    }

    [Fact]
    public void After_the_fault_message_a_signed_in_terminal_is_idle()
    {
        SignedIn();
        _t.Start(new Faulty());
        _t.Press(Key.D1);

        _t.Advance(MessageTime);

        _t.Engine.ActivityName.Should().Be("Idle");
        _t.ScreenLines.Should().Contain("操作员 01");
    }

    [Fact]
    public void After_the_fault_message_a_terminal_nobody_signed_in_to_asks_for_the_sign_in()
    {
        _t.Start(new Faulty());
        _t.Press(Key.D1);

        _t.Advance(MessageTime);

        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
        _t.ScreenLines.Should().Contain("请输入操作员号");
    }

    [Fact]
    public void The_engine_goes_on_handling_keys_and_cards_after_a_fault()
    {
        SignedIn();
        _t.Start(new Faulty());
        _t.Press(Key.D1);

        _t.Press(Key.Enter); // ends the fault message
        _t.Press(Key.Menu);

        _t.Engine.ActivityName.Should().Be("MainMenu/page1");
        _t.Press(Key.D1);
        _t.Engine.ActivityName.Should().Be("Sale/Amount");
    }

    [Fact]
    public void A_fault_while_a_request_is_awaited_abandons_it_and_its_late_answer_changes_nothing()
    {
        SignedIn();
        _t.Start(new Faulty(ctx => HostRequests.New(ctx, HostMessageKind.EchoTest, ctx.Journal.NextTrace())));
        var request = _t.Link.LastSent;

        _t.Press(Key.D1);
        _t.Link.Answer(request, "00");
        _t.Run();

        _t.Link.Abandoned.Should().Equal(request);
        _t.Link.Sent.Should().Equal([request], "nothing more is sent after the fault");
        _t.ScreenLines.Should().Equal("系统故障,请重试");
        _t.Log.Should().Contain(line => line.Contains("not expected"));
    }
}
