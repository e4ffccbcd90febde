using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

/// <summary>Helpers: parse one line as a command, or expect the problem it is rejected with.</summary>
internal static class Parse
{
    public static T One<T>(string line) where T : ScriptCommand =>
        ScriptParser.Parse("t.replay", [line]).Commands.Should().ContainSingle().Which.Should().BeOfType<T>().Subject;

    public static ReplayParseException Error(params string[] lines)
    {
        var act = () => ScriptParser.Parse("t.replay", lines);
        return act.Should().Throw<ReplayParseException>().Which;
    }
}
