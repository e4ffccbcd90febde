using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;
using static LakalaPos.Terminal.Tests.OperatorSteps;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// `lakalapos journal check | backup | recover-counters`, run as a merchant or a service engineer
/// would, on real data folders — including the whole restore from the automatic backup.
/// </summary>
[Collection(RecordedDataFolders.Collection)]
public sealed class JournalCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-journal-cli-").FullName;

    [Theory]
    [InlineData("--help", "usage: lakalapos journal ACTION")]
    [InlineData("check --help", "usage: lakalapos journal check")]
    [InlineData("backup --help", "To restore a backup")]
    [InlineData("recover-counters --help", "usage: lakalapos journal recover-counters")]
    public void Each_journal_command_explains_itself(string args, string text)
    {
        using var cli = CliProcess.Start(_work, ["journal", .. args.Split(' ')]);

        cli.WaitForExit().Should().Be(0);
        cli.Output.Should().Contain(text);
    }

    [Fact]
    public void Check_prints_every_step_and_exits_0_on_a_sound_journal()
    {
        var data = Copy(RecordedDataFolders.Settled, "data");

        var (exit, output) = Journal("check", "--data", data.Folder);

        exit.Should().Be(0, output);
        output.Should().Contain("numbers used").And.Contain("pages").And.Contain("card data").And.Contain("journal: OK");
        output.Should().NotContain("PROBLEM");
    }

    [Fact]
    public void Check_names_the_problem_exits_2_and_writes_nothing()
    {
        var data = Copy(RecordedDataFolders.Settled, "data");
        data.Sql("DELETE FROM counters");
        var before = data.Fingerprint();

        var (exit, output) = Journal("check", "--data", data.Folder);

        exit.Should().Be(2);
        output.Should().MatchRegex(@"counters\s+PROBLEM\s+Journal .* has lost its batch and trace counters");
        output.Should().NotContain("   at ");
        data.Fingerprint().Should().Be(before);
    }

    [Fact]
    public void A_backup_taken_on_demand_is_a_journal_that_passes_the_check()
    {
        var data = Copy(RecordedDataFolders.Settled, "data");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_work, "elsewhere")).FullName;

        var (exit, output) = Journal("backup", "--data", data.Folder, "--out", Path.Combine(elsewhere, "journal.db"));

        exit.Should().Be(0, output);
        Journal("check", "--data", elsewhere).Exit.Should().Be(0);
    }

    [Fact]
    public void Restoring_the_automatic_backup_then_recovering_the_counters_goes_on_without_reusing_a_number()
    {
        var data = Copy(RecordedDataFolders.Settled, "data");
        var usedTrace = int.Parse(data.NumbersUsed()[1]["trace ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var backup = Path.Combine(data.Folder, "backup", "journal-after-settlement.db");
        File.Exists(backup).Should().BeTrue("the terminal keeps a backup after each settlement");

        // The restore, step by step as the journal's documentation says.
        var kept = Directory.CreateDirectory(Path.Combine(_work, "damaged-journal")).FullName;
        foreach (var file in Directory.EnumerateFiles(data.Folder, "journal.db*"))
            File.Move(file, Path.Combine(kept, Path.GetFileName(file)));
        File.Copy(backup, data.Journal);
        var check = Journal("check", "--data", data.Folder);
        check.Exit.Should().Be(2);
        check.Output.Should().Contain("is behind the numbers this terminal has already used");
        var recover = Journal("recover-counters", "--data", data.Folder);
        recover.Exit.Should().Be(0, recover.Output);
        recover.Output.Should().Contain("counters recovered").And.Contain("journal: OK");

        using var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data.Folder);
        SignIn(cli);
        Sale(cli, "swipe debit", "500", "123456");
        cli.WaitFor("交易成功");
        cli.WaitFor("RMB 5.00");
        var voucher = int.Parse(Regex.Match(cli.Output, @"VOUCHER NO\s+(\d{6})").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        voucher.Should().BeGreaterThan(usedTrace, "no trace number is used twice");
        cli.Type("quit");
        cli.WaitForExit().Should().Be(0);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private DataFolderFiles Copy(string recorded, string name) => new(RecordedDataFolders.CopyTo(recorded, Path.Combine(_work, name)));

    private (int Exit, string Output) Journal(params string[] args)
    {
        using var cli = CliProcess.Start(RepositoryRoot.Path, ["journal", .. args]);
        var exit = cli.WaitForExit();
        return (exit, cli.Output);
    }
}
