using FluentAssertions;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// Input no one meant, through the `lakalapos` program as an operator runs it: a clock outside
/// the dates a script may use, a wait past them, a 50 MB profile value. Each gives one clear,
/// short line naming where the problem is — never an internal error or a stack trace.
/// </summary>
[Collection(nameof(HostileInputCliTests))]
public sealed class HostileInputCliTests : IDisposable
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-hostile-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void A_replay_clock_in_year_1_is_a_syntax_error_naming_the_line()
    {
        var output = Replay("far-past.replay", "login 01 0000", "clock 0001-01-01 00:00:00", "key ENTER");

        output.Should().Contain("FAIL far-past.replay:2: syntax error: clock needs a date from 2000-01-01 00:00:00 to 2099-12-31 23:59:59, got '0001-01-01 00:00:00'");
        output.Should().NotContain("internal error").And.NotContain("Exception");
    }

    [Fact]
    public void A_replay_clock_in_year_9999_is_a_syntax_error_naming_the_line()
    {
        var output = Replay("far-future.replay", "clock 9999-12-31 00:00:00", "wait 2d");

        output.Should().Contain("FAIL far-future.replay:1: syntax error: clock needs a date from 2000-01-01 00:00:00 to 2099-12-31 23:59:59");
        output.Should().NotContain("internal error").And.NotContain("Exception");
    }

    [Fact]
    public void A_replay_wait_past_2099_fails_at_its_line()
    {
        var output = Replay("last-day.replay", "clock 2099-12-31 00:00:00", "wait 2d");

        output.Should().Contain("FAIL last-day.replay:2: wait would take the clock past 2099-12-31 23:59:59, the latest a script's clock may show (it shows 2099-12-31 00:00:0");
        output.Should().NotContain("internal error").And.NotContain("Exception");
    }

    [Fact]
    public void A_50_MB_profile_value_gives_one_short_error_line()
    {
        var profiles = Directory.CreateDirectory(Path.Combine(_work, "profiles")).FullName;
        var emulator = File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "emulator.json"));
        File.WriteAllText(Path.Combine(profiles, "big.json"), emulator
            .Replace("\"name\": \"emulator\"", "\"name\": \"big\"", StringComparison.Ordinal)
            .Replace("\"tpdu\": \"", "\"tpdu\": \"" + new string('6', FiftyMegabytes), StringComparison.Ordinal));

        using var cli = CliProcess.Start(_work, "run", "--profiles", profiles, "--profile", "big", "--data", Path.Combine(_work, "data"));

        cli.WaitForExit().Should().Be(2);
        var line = cli.Output.Trim();
        line.Should().StartWith("lakalapos: ").And.Contain("big.json: host.tpdu: must be 10 hex digits").And.Contain("…(524288");
        line.Length.Should().BeLessThan(400);
    }

    [Fact]
    public void A_runaway_parameter_value_or_card_name_gives_a_short_fail_line()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work, "runaway")).FullName;
        File.WriteAllLines(Path.Combine(folder, "param.replay"), ["param voidPinRequired " + new string('x', 100_000)]);
        File.WriteAllLines(Path.Combine(folder, "swipe.replay"), ["login 01 0000", "swipe " + new string('z', 100_000)]);

        using var cli = CliProcess.Start(_work, "replay", folder);

        cli.WaitForExit().Should().Be(1);
        var fails = cli.Output.Split('\n').Where(l => l.StartsWith("FAIL ", StringComparison.Ordinal)).ToList();
        fails.Should().HaveCount(2).And.OnlyContain(l => l.Length < 300 && l.Contains("…(100000 characters)"));
    }

    private string Replay(string name, params string[] lines)
    {
        var script = Path.Combine(_work, name);
        File.WriteAllLines(script, lines);
        using var cli = CliProcess.Start(_work, "replay", script);
        cli.WaitForExit().Should().Be(1);
        cli.Output.Should().Contain("0 passed, 1 failed");
        return cli.Output;
    }
}

/// <summary>Runs alone: a 50 MB profile must not slow the time-bound process tests beside it.</summary>
[CollectionDefinition(nameof(HostileInputCliTests), DisableParallelization = true)]
public sealed class HostileInputCliCollection;
