namespace LakalaPos.Replay.Parsing;

/// <summary>A script that cannot be run because a line breaks the replay format. Message: "name:LINE: what was wrong".</summary>
public sealed class ReplayParseException(string scriptName, int line, string problem)
    : Exception($"{scriptName}:{line}: {problem}")
{
    public string ScriptName { get; } = scriptName;
    public int Line { get; } = line;

    /// <summary>What was wrong, without the location.</summary>
    public string Problem { get; } = problem;
}
