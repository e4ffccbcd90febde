namespace LakalaPos.Replay.Parsing;

/// <summary>The arguments after a command word, with checks that explain what the command wanted.</summary>
internal sealed class CommandArgs(string keyword, string usage, IReadOnlyList<RawToken> arguments)
{
    public int Count => arguments.Count;

    public RawToken this[int index] => arguments[index];

    public IEnumerable<RawToken> From(int index) => arguments.Skip(index);

    public CommandArgs Exactly(int count)
    {
        if (Count != count)
            throw Wrong(count == 0 ? "takes no arguments" : $"takes {count} argument{(count == 1 ? "" : "s")}, got {Count}");
        return this;
    }

    public CommandArgs AtLeast(int count)
    {
        if (Count < count)
            throw Wrong($"takes at least {count} argument{(count == 1 ? "" : "s")}, got {Count}");
        return this;
    }

    /// <summary>An argument in which variables are not allowed.</summary>
    public string Plain(int index) => arguments[index].Plain($"'{keyword}'");

    public ScriptSyntaxException Wrong(string problem) => new($"{keyword} {problem} (usage: {usage})");
}
