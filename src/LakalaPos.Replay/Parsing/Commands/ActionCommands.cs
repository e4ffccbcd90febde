using LakalaPos.Core.Hardware;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Parsing.Commands;

public sealed record KeyCommand(IReadOnlyList<Key> Keys) : ActionCommand
{
    public override string Keyword => "key";
}

/// <summary>Presses each digit; the text may be a saved variable, so digits are checked when it runs.</summary>
public sealed record TypeCommand(TextTemplate Digits) : ActionCommand
{
    public override string Keyword => "type";
}

public sealed record LoginCommand(string Operator, string Pin) : ActionCommand
{
    public override string Keyword => "login";
}

public sealed record CardCommand(string CardName, CardAction Action) : ActionCommand
{
    public override string Keyword => Action.ToString().ToLowerInvariant();
}

/// <summary>A card swiped that the reader could not read: no card data reaches the terminal, only the failure.</summary>
public sealed record BadSwipeCommand : ActionCommand
{
    public override string Keyword => "bad-swipe";
}

public sealed record RemoveCardCommand : ActionCommand
{
    public override string Keyword => "remove";
}

public sealed record WaitCommand(TimeSpan Duration) : ActionCommand
{
    public override string Keyword => "wait";
}

public sealed record PowerCycleCommand : ActionCommand
{
    public override string Keyword => "power-cycle";
}

public sealed record PaperCommand(bool Present) : ActionCommand
{
    public override string Keyword => Present ? "paper in" : "paper out";
}
