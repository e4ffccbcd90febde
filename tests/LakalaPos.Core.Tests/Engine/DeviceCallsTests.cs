using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Engine;

/// <summary>
/// A device call that may block runs away from the engine; its result comes back through the
/// queue to the activity that made it. Meanwhile the engine goes on handling keys and timers.
/// </summary>
public sealed class DeviceCallsTests
{
    private readonly HeldWork _work = new();
    private readonly TestTerminal _t;

    public DeviceCallsTests() => _t = new TestTerminal(work: _work);

    [Fact]
    public void The_result_reaches_the_activity_that_made_the_call_as_an_event()
    {
        var caller = new Caller();
        _t.Start(caller);

        caller.Results.Should().BeEmpty("the call has not run yet");
        _work.ReleaseOne();
        caller.Results.Should().BeEmpty("the result waits in the queue for the engine");
        _t.Run();

        caller.Results.Should().ContainSingle().Which.Should().Be(new CallResult<int>(42, null));
        _t.Ctx.Calls.InFlight.Should().Be(0);
    }

    [Fact]
    public void Keys_and_timers_are_handled_while_a_call_is_under_way()
    {
        var caller = new Caller();
        _t.Start(caller);
        caller.StartTimer(_t.Ctx, TimeSpan.FromSeconds(1));

        _t.Press(Key.D5);
        _t.Advance(TimeSpan.FromSeconds(1));

        caller.Keys.Should().Equal(Key.D5);
        caller.TimersFired.Should().Be(1);
        _work.Held.Should().Be(1, "the call is still under way");
    }

    [Fact]
    public void A_call_that_throws_is_a_result_with_its_fault_and_the_engine_goes_on()
    {
        var caller = new Caller(() => throw new IOException("port gone"));
        _t.Start(caller);

        _work.ReleaseOne();
        _t.Run();

        caller.Results.Should().ContainSingle().Which.Fault.Should().BeOfType<IOException>();
        _t.Engine.ActivityName.Should().Be("Caller");
        _t.Log.Should().Contain(line => line.Contains("port gone"));
    }

    [Fact]
    public void An_activity_left_before_the_answer_is_not_told_it()
    {
        var caller = new Caller();
        _t.Start(caller);
        _t.Ctx.Go(new Parked("Elsewhere"));

        _work.ReleaseOne();
        _t.Run();

        caller.Results.Should().BeEmpty();
        _t.Engine.ActivityName.Should().Be("Elsewhere");
        _t.Log.Should().Contain(line => line.Contains("after \"Caller\" was left"));
    }

    [Fact]
    public void After_a_power_loss_a_late_answer_is_dropped()
    {
        var caller = new Caller();
        _t.Start(caller);

        _t.Engine.PowerLoss();
        _work.ReleaseOne();
        _t.Run();

        caller.Results.Should().BeEmpty();
        _t.Ctx.Calls.InFlight.Should().Be(0);
    }

    private sealed class Caller(Func<int>? call = null) : Activity
    {
        private TimerTicket? _timer;

        public List<CallResult<int>> Results { get; } = [];
        public List<Key> Keys { get; } = [];
        public int TimersFired { get; private set; }

        public override string Name => "Caller";

        public override void Enter(TerminalContext ctx) => ctx.Calls.Run("test device", call ?? (() => 42), (_, result) => Results.Add(result));

        public void StartTimer(TerminalContext ctx, TimeSpan after) => _timer = ctx.StartTimer("test", after);

        public override void OnKey(TerminalContext ctx, Key key) => Keys.Add(key);

        public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
        {
            if (ticket == _timer)
                TimersFired++;
        }
    }
}
