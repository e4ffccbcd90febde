using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Tests.Fakes;

/// <summary>Runs script text against a given fake.</summary>
public static class Script
{
    public static ScriptResult Run(FakeReplayTarget target, params string[] lines) =>
        new ScriptRunner(() => target).Run(ScriptParser.Parse("test.replay", lines));
}
