namespace LakalaPos.Replay.Parsing.Commands;

/// <summary>One line of a replay script that does something.</summary>
public abstract record ScriptCommand
{
    /// <summary>1-based line number in the script file.</summary>
    public required int Line { get; init; }

    /// <summary>The command word(s) as a script spells them, e.g. "expect screen", for messages.</summary>
    public abstract string Keyword { get; }
}

/// <summary>Changes the terminal's or host's settings; allowed at any time.</summary>
public abstract record SetupCommand : ScriptCommand;

/// <summary>Something a cashier, a card or the power does; after the first one, <c>profile</c> is no longer allowed.</summary>
public abstract record ActionCommand : ScriptCommand;

/// <summary>Looks at the terminal and fails the script when what it expects is not there.</summary>
public abstract record CheckCommand : ScriptCommand;
