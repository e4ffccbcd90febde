using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// A message screen (a refusal, an error, a result): stays for the message time or until a key
/// is pressed — that key does nothing else — then the flow goes on to the activity it was given,
/// or, when it was pushed without one, returns (done) to the activity that pushed it.
/// </summary>
public sealed class MessageActivity : Activity
{
    private readonly Screen _screen;
    private readonly Func<Activity>? _next;
    private TimerTicket? _timer;

    /// <summary>A message that goes on to <paramref name="next"/>.</summary>
    public MessageActivity(Screen screen, Func<Activity> next)
    {
        _screen = screen;
        _next = next;
    }

    /// <summary>A message pushed by a flow (<see cref="TerminalContext.Push"/>): it returns to that flow.</summary>
    public MessageActivity(Screen screen) => _screen = screen;

    public override string Name => $"Message({_screen.Lines.FirstOrDefault()})";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(_screen);
        _timer = ctx.StartTimer("message", ctx.Options.MessageDuration);
    }

    public override void OnKey(TerminalContext ctx, Key key) => Done(ctx);

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _timer)
            Done(ctx);
    }

    private void Done(TerminalContext ctx)
    {
        if (_next is null)
            ctx.Return(new ChildResult(Done: true));
        else
            ctx.Go(_next());
    }
}
