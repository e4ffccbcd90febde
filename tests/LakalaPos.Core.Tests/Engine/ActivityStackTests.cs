using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Engine;

/// <summary>
/// The activity stack: <c>ctx.Push(child)</c> suspends the current activity (its timers die and a
/// request it awaits is abandoned, as on Go) and enters the child; the child's <c>ctx.Return</c>
/// makes the parent current again without entering it and tells it in <c>OnReturn</c>. Go from
/// anywhere, and a power loss, drop whatever is suspended; a Return with nothing suspended, or to
/// a parent that expects none, is a fault.
/// </summary>
public sealed class ActivityStackTests
{
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    public ActivityStackTests() => _t.Ctx.Session.OperatorNo = "01";

    [Fact]
    public void A_child_returns_to_its_parent_which_is_not_entered_again()
    {
        var parent = new Parent();
        _t.Start(parent);

        _t.Press(Key.D1);
        _t.Engine.ActivityName.Should().Be("Child");
        _t.Press(Key.Enter);

        _t.Engine.ActivityName.Should().Be("Parent");
        parent.Entered.Should().Be(1);
        parent.Returns.Should().ContainSingle().Which.Should().Be(("Child", new ChildResult(true)));
        _t.Log.Should().Contain(line => line.Contains("State \"Parent\" -> \"Child\" (pushed)"))
            .And.Contain(line => line.Contains("State \"Child\" -> \"Parent\" (returned)"));
    }

    [Fact]
    public void Children_stack_and_each_returns_to_the_one_that_pushed_it()
    {
        var parent = new Parent();
        _t.Start(parent);
        _t.Press(Key.D1);

        _t.Press(Key.D3);
        _t.Engine.ActivityName.Should().Be("Child");
        _t.Press(Key.Enter);
        _t.Engine.ActivityName.Should().Be("Child", "the inner child returned to the outer one");
        _t.Press(Key.Enter);

        _t.Engine.ActivityName.Should().Be("Parent");
        parent.Returns.Should().ContainSingle();
    }

    [Fact]
    public void The_parents_timers_die_when_it_pushes_and_do_not_come_back_with_the_return()
    {
        var parent = new Parent();
        _t.Start(parent);

        _t.Press(Key.D1);
        _t.Advance(Parent.TimerDelay * 2);
        _t.Press(Key.Enter);
        _t.Advance(Parent.TimerDelay * 2);

        parent.TimersFired.Should().Be(0);
        _t.Engine.TimeToNextDeadline.Should().BeNull();
    }

    [Fact]
    public void The_childs_timers_die_when_it_returns()
    {
        var parent = new Parent();
        _t.Start(parent);
        _t.Press(Key.D1);
        var child = parent.Pushed!;

        _t.Press(Key.Enter);
        _t.Advance(Child.TimerDelay * 2);

        child.TimersFired.Should().Be(0);
    }

    [Fact]
    public void A_request_the_parent_awaits_is_abandoned_when_it_pushes()
    {
        var parent = new Parent(sendFirst: true);
        _t.Start(parent);
        var sale = _t.Link.LastSent;

        _t.Press(Key.D1);
        _t.Link.Answer(sale);
        _t.Run();
        _t.Press(Key.Enter);

        _t.Link.Abandoned.Should().ContainSingle().Which.Should().BeSameAs(sale);
        parent.Answers.Should().Be(0, "the answer came after the parent stepped aside");
        _t.Ctx.Exchange.IsAwaiting.Should().BeFalse();
    }

    [Fact]
    public void Go_from_a_child_drops_the_suspended_parent()
    {
        var parent = new Parent();
        _t.Start(parent);
        _t.Press(Key.D1);

        _t.Press(Key.D2);

        _t.Engine.ActivityName.Should().Be("Child", "the child went to a new child, not pushed");
        _t.Log.Should().Contain(line => line.Contains("abandons the suspended \"Parent\""));
        _t.Press(Key.Enter);
        parent.Returns.Should().BeEmpty();
        _t.ScreenLines.Should().Equal("系统故障,请重试");
    }

    [Fact]
    public void A_power_loss_drops_the_suspended_parent()
    {
        var parent = new Parent();
        _t.Start(parent);
        _t.Press(Key.D1);

        _t.Engine.PowerLoss();
        _t.Start(new Child());
        _t.Press(Key.Enter);

        // Nothing was suspended to return to after the power came back.
        parent.Returns.Should().BeEmpty();
        _t.ScreenLines.Should().Equal("系统故障,请重试");
    }

    [Fact]
    public void A_return_with_nothing_suspended_is_a_fault()
    {
        _t.Start(new Child());

        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal("系统故障,请重试");
        _t.Log.Should().Contain(line => line.Contains("Fault in \"Child\"") && line.Contains("nothing suspended"));
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_return_to_a_parent_that_expects_none_is_a_fault()
    {
        _t.Start(new Parent(handlesReturn: false));
        _t.Press(Key.D1);

        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal("系统故障,请重试");
        _t.Log.Should().Contain(line => line.Contains("did not expect Child to return"));
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    /// <summary>Starts a timer on entering (and sends a sale when told); D1 pushes a child; counts what reaches it.</summary>
    private sealed class Parent(bool sendFirst = false, bool handlesReturn = true) : Activity
    {
        public static readonly TimeSpan TimerDelay = TimeSpan.FromSeconds(5);

        public override string Name => "Parent";
        public int Entered { get; private set; }
        public int TimersFired { get; private set; }
        public int Answers { get; private set; }
        public Child? Pushed { get; private set; }
        public List<(string Child, ChildResult Result)> Returns { get; } = [];

        public override void Enter(TerminalContext ctx)
        {
            Entered++;
            ctx.StartTimer("parent", TimerDelay);
            if (sendFirst)
                ctx.Exchange.Send(Core.Flows.HostRequests.New(ctx, HostMessageKind.Sale, ctx.Journal.NextTrace()) with { AmountFen = 100 },
                    (_, _) => Answers++);
        }

        public override void OnKey(TerminalContext ctx, Key key)
        {
            if (key == Key.D1)
                ctx.Push(Pushed = new Child());
        }

        public override void OnTimer(TerminalContext ctx, TimerTicket ticket) => TimersFired++;

        public override void OnReturn(TerminalContext ctx, Activity child, ChildResult result)
        {
            if (!handlesReturn)
            {
                base.OnReturn(ctx, child, result);
                return;
            }
            Returns.Add((child.Name, result));
        }
    }

    /// <summary>Starts a timer on entering; ENTER returns done, D2 goes to a new child, D3 pushes one.</summary>
    private sealed class Child : Activity
    {
        public static readonly TimeSpan TimerDelay = TimeSpan.FromSeconds(5);

        public override string Name => "Child";
        public int TimersFired { get; private set; }

        public override void Enter(TerminalContext ctx) => ctx.StartTimer("child", TimerDelay);

        public override void OnKey(TerminalContext ctx, Key key)
        {
            if (key == Key.Enter)
                ctx.Return(new ChildResult(true));
            else if (key == Key.D2)
                ctx.Go(new Child());
            else if (key == Key.D3)
                ctx.Push(new Child());
        }

        public override void OnTimer(TerminalContext ctx, TimerTicket ticket) => TimersFired++;

        // The child that D3 pushed returns: this one goes on being current.
        public override void OnReturn(TerminalContext ctx, Activity child, ChildResult result)
        {
        }
    }
}
