using System.Text.RegularExpressions;
using FluentAssertions;
using LakalaPos.Replay.Suite;
using LakalaPos.Terminal.Cli;
using Xunit;

namespace LakalaPos.Terminal.Tests.Cli;

/// <summary><c>lakalapos COMMAND --help</c> answers for every command, and explains every option its usage line names.</summary>
public sealed partial class CommandHelpTests
{
    public static TheoryData<string, string> Commands => new()
    {
        { "run", RunArguments.Usage },
        { "emulator", EmulatorCommand.Usage },
        { "replay", ReplayArguments.Usage },
        { "tutorial", TutorialArguments.Usage },
        { "devices", DevicesArguments.Usage },
        { "fleet", FleetCommand.Usage },
        { "bench", BenchArguments.Usage },
        { "ecr", EcrCommand.Usage },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_option_of_the_usage_line_is_explained(string command, string usage)
    {
        var output = new StringWriter();

        CommandHelp.TryWrite(command, output).Should().BeTrue();

        var help = output.ToString();
        help.Should().StartWith($"usage: lakalapos {usage}");
        var explained = help[usage.Length..].Split('\n').Select(line => line.TrimStart()).ToList();
        foreach (Match option in Option().Matches(usage))
            explained.Should().Contain(line => line.StartsWith(option.Value + " ", StringComparison.Ordinal), $"{command} --help explains {option.Value}");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("tutorial")]
    public void The_program_answers_help_with_exit_code_0_and_starts_nothing(string command)
    {
        using var cli = CliProcess.Start(RepositoryRoot.Path, command, "--help");

        cli.WaitForExit().Should().Be(0);
        cli.Output.Should().StartWith($"usage: lakalapos {command}").And.NotContain("LakalaPos —");
    }

    [GeneratedRegex("--[a-z]+")]
    private static partial Regex Option();
}
