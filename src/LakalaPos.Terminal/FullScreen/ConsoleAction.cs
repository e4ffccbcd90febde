using LakalaPos.Core.Hardware;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>What a key typed at the full-screen console asks for (<see cref="KeyBindings"/>); applied on the engine's loop.</summary>
public abstract record ConsoleAction
{
    /// <summary>A key of the terminal's keypad.</summary>
    public sealed record Press(Key Key) : ConsoleAction;

    /// <summary>A test card swiped, inserted or tapped.</summary>
    public sealed record PresentCard(EntryMode Mode, string Card) : ConsoleAction;

    /// <summary>The inserted card taken out.</summary>
    public sealed record RemoveCard : ConsoleAction;

    /// <summary>A card swiped that the reader cannot read.</summary>
    public sealed record BadSwipe : ConsoleAction;

    /// <summary>Paper taken out when there is some, loaded when there is none.</summary>
    public sealed record TogglePaper : ConsoleAction;

    /// <summary>The embedded host simulator goes offline when online, and back.</summary>
    public sealed record ToggleHost : ConsoleAction;

    /// <summary>A command for the embedded host simulator, in its operator's words ("next timeout").</summary>
    public sealed record HostCommand(string Command) : ConsoleAction;

    /// <summary>The receipt panel scrolled back (positive) or forward (negative) by rows; <see cref="int.MinValue"/> to the latest.</summary>
    public sealed record ScrollPaper(int Rows) : ConsoleAction;

    public sealed record ToggleHelp : ConsoleAction;

    /// <summary>A line for the operator only (a card to choose, a key that does nothing).</summary>
    public sealed record Note(string Text) : ConsoleAction;

    public sealed record Quit : ConsoleAction;
}
