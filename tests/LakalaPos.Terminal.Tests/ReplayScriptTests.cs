using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Terminal.Replay;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>Every script under tests/scripts is an acceptance test: `dotnet test` runs each one against the real terminal.</summary>
public class ReplayScriptTests
{
    private static readonly string ScriptsRoot = RepositoryRoot.Combine("tests", "scripts");

    public static IReadOnlyList<string> ScriptNames() =>
        Directory.EnumerateFiles(ScriptsRoot, "*.replay", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(ScriptsRoot, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Scripts() => new(ScriptNames());

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_passes(string script)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(ScriptsRoot, script));
        var parsed = ScriptParser.Parse(script, text);
        var result = new ScriptRunner(() => new ReplayTerminal(RepositoryRoot.Combine("hardware-profiles"))).Run(parsed);

        result.Passed.Should().BeTrue(
            "{0}\nscreen:\n{1}\nlog:\n{2}", result.Summary, string.Join('\n', result.Screen), string.Join('\n', result.RecentLog));
    }

    [Fact]
    public void There_are_scripts_for_sign_in_and_sale() =>
        ScriptNames().Should().Contain(s => s.StartsWith("signin/")).And.Contain(s => s.StartsWith("sale/"));
}
