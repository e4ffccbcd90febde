using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// A message screen (a refusal, an error, a result): stays for the message time or until a key
/// is pressed — that key does nothing else — then the flow goes on to <paramref name="next"/>.
/// </summary>
public sealed class MessageActivity(Screen screen, Func<Activity> next) : Activity
{
    private TimerTicket? _timer;

    public override string Name => $"Message({screen.Lines.FirstOrDefault()})";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(screen);
        _timer = ctx.StartTimer("message", ctx.Options.MessageDuration);
    }

    public override void OnKey(TerminalContext ctx, Key key) => ctx.Go(next());

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _timer)
            ctx.Go(next());
    }
}
