using FluentAssertions;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>The `lakalapos` program itself, run as a process: the README's commands.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-cli-").FullName;

    [Fact]
    public void Replay_runs_the_scripts_and_ends_with_the_summary_line_and_exit_code_0()
    {
        var junit = Path.Combine(_work, "report.xml");
        using var cli = CliProcess.Start(RepositoryRoot.Path, "replay", "tests/scripts/signin", "--junit", junit);

        cli.WaitForExit().Should().Be(0);
        var lines = cli.Output.TrimEnd().Split('\n');
        lines[^1].Trim().Should().MatchRegex(@"^\d+ passed, 0 failed$");
        lines.Should().Contain(l => l.StartsWith("PASS signin-ok.replay", StringComparison.Ordinal));
        File.ReadAllText(junit).Should().Contain("<testcase").And.Contain("signin-ok.replay");
    }

    [Fact]
    public void Replay_of_a_failing_script_exits_1_and_says_where()
    {
        var script = Path.Combine(_work, "wrong.replay");
        File.WriteAllText(script, "login 01 0000\nexpect screen \"这不在屏幕上\"\n");
        using var cli = CliProcess.Start(RepositoryRoot.Path, "replay", script);

        cli.WaitForExit().Should().Be(1);
        cli.Output.Should().Contain("FAIL wrong.replay:2:").And.Contain("0 passed, 1 failed");
    }

    [Fact]
    public void Run_takes_a_sale_from_the_console_and_the_journal_survives_a_restart()
    {
        var data = Path.Combine(_work, "data");
        using (var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data))
        {
            cli.WaitFor("请输入操作员号");
            cli.Type("01");
            cli.Type("");
            cli.WaitFor("请输入密码");
            cli.Type("0000");
            cli.Type("");
            cli.WaitFor("签到成功");
            cli.Type("swipe debit");
            cli.WaitFor("请输入金额");
            cli.Type("1000");
            cli.Type("ENTER");
            cli.WaitFor("请输入密码");
            cli.Type("123456");
            cli.Type("");
            cli.WaitFor("交易成功");
            cli.WaitFor("RMB 10.00");
            cli.Type("quit");
            cli.WaitForExit().Should().Be(0);
            cli.Output.Should().Contain("商户存根 MERCHANT COPY").And.NotContain("6222020200112233446");
        }
        File.Exists(Path.Combine(data, "journal.db")).Should().BeTrue();
        Directory.EnumerateFiles(Path.Combine(data, "logs")).Should().NotBeEmpty();

        using (var again = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data))
        {
            again.WaitFor("请输入操作员号");
            again.Type("01");
            again.Type("");
            again.Type("0000");
            again.Type("");
            again.WaitFor("签到成功");
            // 7 → 1 reprints the last transaction: the sale made before the restart
            again.Type("MENU 7 1");
            again.WaitFor("重打印 DUPLICATED");
            again.WaitFor("RMB 10.00");
            again.Type("quit");
            again.WaitForExit().Should().Be(0);
        }
    }

    [Fact]
    public void Run_with_a_broken_profile_says_which_file_and_key_and_exits_2()
    {
        var profiles = Path.Combine(_work, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "bad.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "test.json"))
            .Replace("\"columns\": 32, \"optional\"", "\"columns\": 40, \"optional\"", StringComparison.Ordinal)
            .Replace("\"name\": \"test\"", "\"name\": \"bad\"", StringComparison.Ordinal));
        using var cli = CliProcess.Start(_work, "run", "--profiles", profiles, "--profile", "bad", "--data", Path.Combine(_work, "d"));

        cli.WaitForExit().Should().Be(2);
        cli.Output.Should().Contain("bad.json").And.Contain("printer.columns").And.Contain("40");
    }

    [Fact]
    public void Run_with_a_damaged_host_store_says_so_in_one_line_and_exits_2()
    {
        var data = Path.Combine(_work, "data");
        Directory.CreateDirectory(data);
        File.WriteAllBytes(Path.Combine(data, "host.db"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        using var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data);

        cli.WaitForExit().Should().Be(2);
        cli.Output.Should().Contain("host.db").And.NotContain("Unhandled exception").And.NotContain("   at ");
    }

    [Fact]
    public void Run_with_a_missing_key_file_says_which_and_exits_2()
    {
        var profiles = Path.Combine(_work, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "field.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "test.json"))
            .Replace("\"name\": \"test\"", "\"name\": \"field\"", StringComparison.Ordinal)
            .Replace("\"test\": true", "\"test\": false", StringComparison.Ordinal)
            .Replace("\"masterKey\": \"0123456789ABCDEFFEDCBA9876543210\"", "\"masterKeyFile\": \"/nonexistent/tmk.hex\"", StringComparison.Ordinal)
            .Replace("\"dataKey\": \"544553542044415441204B455920464F52204C414B414C41504F532054455354\"", "\"dataKeyFile\": \"/nonexistent/data.hex\"", StringComparison.Ordinal));
        using var cli = CliProcess.Start(_work, "run", "--profiles", profiles, "--profile", "field", "--data", Path.Combine(_work, "d"));

        cli.WaitForExit().Should().Be(2);
        cli.Output.Should().Contain("/nonexistent/").And.NotContain("Unhandled exception");
    }

    [Fact]
    public void An_unknown_command_prints_the_usage_and_exits_2()
    {
        using var cli = CliProcess.Start(_work, "frobnicate");
        cli.WaitForExit().Should().Be(2);
        cli.Output.Should().Contain("unknown command 'frobnicate'").And.Contain("replay PATH...");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
