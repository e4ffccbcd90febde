using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>The refund's network check runs as a device call: the screen says what is happening, and a slow check holds nothing.</summary>
public sealed class NetworkCheckActivityTests
{
    private readonly HeldWork _work = new();
    private readonly TestTerminal _t;

    public NetworkCheckActivityTests() => _t = new TestTerminal(work: _work);

    private void StartCheck() => _t.Start(new NetworkCheckActivity("退货", () => new Parked("Refund")));

    [Fact]
    public void While_the_check_runs_the_screen_says_so()
    {
        StartCheck();

        _t.Display.Last!.Lines.Should().Equal("退货", "正在检查网络");
        _t.Press(Key.D1);
        _t.Engine.ActivityName.Should().Be("NetworkCheck(退货)");
    }

    [Fact]
    public void A_reachable_host_goes_on_to_the_flow()
    {
        StartCheck();

        _work.ReleaseOne();
        _t.Run();

        _t.Engine.ActivityName.Should().Be("Refund");
    }

    [Fact]
    public void An_unreachable_host_says_the_network_is_down_and_goes_no_further()
    {
        _t.Link.Reachable = false;
        StartCheck();

        _work.ReleaseOne();
        _t.Run();

        _t.Display.Last!.Lines.Should().Equal("退货", "网络未连接,请检查网络");
        _t.Link.Sent.Should().BeEmpty();
    }

    [Fact]
    public void Cancel_gives_up_waiting_and_a_late_answer_changes_nothing()
    {
        StartCheck();

        _t.Press(Key.Cancel);
        _work.ReleaseOne();
        _t.Run();

        _t.Engine.ActivityName.Should().Be("SignIn/Operator");
    }
}
