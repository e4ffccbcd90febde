using FluentAssertions;
using LakalaPos.Terminal.Cli;
using Xunit;

namespace LakalaPos.Terminal.Tests.Tutorials;

/// <summary>
/// docs/tutorials is generated from tests/scripts/tutorials by <c>lakalapos tutorial</c>: it must
/// say what the firmware does today. Regenerating it must give the same files, byte for byte.
/// </summary>
public sealed class TutorialTests : IDisposable
{
    private static readonly string Committed = RepositoryRoot.Combine("docs", "tutorials");
    private readonly string _fresh = Path.Combine(Path.GetTempPath(), "lakalapos-tutorials-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_fresh))
            Directory.Delete(_fresh, recursive: true);
    }

    [Fact]
    public void The_tutorials_in_docs_are_what_the_scripts_generate_today()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = TutorialCommand.Run([RepositoryRoot.Combine("tests", "scripts", "tutorials"), "--out", _fresh], output, error);

        exit.Should().Be(0, error.ToString());
        var fresh = Files(_fresh);
        fresh.Keys.Should().Contain(["sale.md", "void.md", "refund.md", "settlement.md", "paper-out.md", "README.md"]);
        var stale = "docs/tutorials is stale: run `dotnet run --project src/LakalaPos.Terminal -- tutorial tests/scripts/tutorials --out docs/tutorials` and commit the result";
        Files(Committed).Keys.Should().BeEquivalentTo(fresh.Keys, stale);
        foreach (var (name, text) in fresh)
            File.ReadAllText(Path.Combine(Committed, name)).Should().Be(text, $"{name}: {stale}");
    }

    [Fact]
    public void A_script_that_does_not_pass_writes_no_tutorial_and_says_where_it_failed()
    {
        Directory.CreateDirectory(_fresh);
        var script = Path.Combine(_fresh, "broken.replay");
        File.WriteAllText(script, "# Broken\nlogin 01 0000\nexpect screen \"never shown\"\n");
        var error = new StringWriter();

        var exit = TutorialCommand.Run([script, "--out", Path.Combine(_fresh, "out")], new StringWriter(), error);

        exit.Should().Be(1);
        error.ToString().Should().Contain("broken.replay:3").And.Contain("no tutorial written");
        File.Exists(Path.Combine(_fresh, "out", "broken.md")).Should().BeFalse();
    }

    [Fact]
    public void Without_an_output_folder_it_says_how_it_is_used()
    {
        var error = new StringWriter();

        TutorialCommand.Run(["tests/scripts/tutorials"], new StringWriter(), error).Should().Be(2);

        error.ToString().Should().Contain("--out DIR is needed").And.Contain("usage: lakalapos tutorial PATH... --out DIR");
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText);
}
