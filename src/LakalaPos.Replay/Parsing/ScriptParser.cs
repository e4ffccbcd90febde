using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Parsing;

/// <summary>A parsed script, ready to run.</summary>
public sealed record ReplayScript(string Name, IReadOnlyList<ScriptCommand> Commands);

/// <summary>Turns the text of a .replay file into commands, or a <see cref="ReplayParseException"/> naming the first bad line.</summary>
public static class ScriptParser
{
    public static ReplayScript Parse(string scriptName, string text) =>
        Parse(scriptName, text.Split('\n').Select(line => line.TrimEnd('\r')));

    public static ReplayScript Parse(string scriptName, IEnumerable<string> lines)
    {
        var commands = new List<ScriptCommand>();
        int? firstActionLine = null;
        int? profileLine = null;
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            ScriptCommand? command;
            try
            {
                command = ParseLine(line, lineNumber);
                if (command is ProfileCommand)
                {
                    if (firstActionLine is { } actionLine)
                        throw new ScriptSyntaxException($"profile is only allowed before the first action (line {actionLine} was an action)");
                    if (profileLine is { } earlier)
                        throw new ScriptSyntaxException($"profile given twice (first at line {earlier})");
                    profileLine = lineNumber;
                }
            }
            catch (ScriptSyntaxException e)
            {
                throw new ReplayParseException(scriptName, lineNumber, e.Message);
            }
            if (command is null)
                continue;
            if (command is ActionCommand)
                firstActionLine ??= lineNumber;
            commands.Add(command);
        }
        if (commands.Count == 0)
            throw new ReplayParseException(scriptName, 1, "the script has no commands");
        return new ReplayScript(scriptName, commands);
    }

    /// <summary>One line; null for a blank or comment-only line.</summary>
    private static ScriptCommand? ParseLine(string line, int lineNumber)
    {
        var tokens = LineTokenizer.Tokenize(line);
        if (tokens.Count == 0)
            return null;
        var word = tokens[0].Text;
        var rest = tokens.Skip(1).ToList();
        return SetupCommandParser.TryParse(word, rest, lineNumber)
            ?? ActionCommandParser.TryParse(word, rest, lineNumber)
            ?? CheckCommandParser.TryParse(word, rest, lineNumber)
            ?? EcrCommandParser.TryParse(word, rest, lineNumber)
            ?? throw new ScriptSyntaxException($"unknown command '{Echo.Cut(word)}'");
    }
}
