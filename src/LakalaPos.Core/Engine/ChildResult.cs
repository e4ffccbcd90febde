namespace LakalaPos.Core.Engine;

/// <summary>
/// What a pushed activity (<see cref="TerminalContext.Push"/>) hands back to the one it suspended
/// when it ends with <see cref="TerminalContext.Return"/>: whether it did what it was pushed for
/// (a sign-in approved, every due reversal out of the way, the batch upload finished) and, when
/// it ended on a host exchange, how that exchange ended.
/// </summary>
public sealed record ChildResult(bool Done, ExchangeResult? Exchange = null);
