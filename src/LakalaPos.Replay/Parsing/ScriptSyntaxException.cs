namespace LakalaPos.Replay.Parsing;

/// <summary>What is wrong with one line; the parser adds the file name and line number.</summary>
internal sealed class ScriptSyntaxException(string message) : Exception(message);
