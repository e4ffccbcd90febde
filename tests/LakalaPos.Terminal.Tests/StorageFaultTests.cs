using FluentAssertions;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// "Storage faults": a real journal, made by the real program, damaged the way disks and people
/// damage files; then `lakalapos run` on it. Each time the terminal refuses to start with one line
/// that says what is wrong and what to do (the same line in the log), exit code 2, no stack trace,
/// and the journal, its WAL and its high-water mark exactly as they were.
/// </summary>
[Collection(RecordedDataFolders.Collection)]
public sealed class StorageFaultTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-faults-").FullName;

    [Fact]
    public void A_damaged_page()
    {
        var data = Settled();
        data.Overwrite(data.Journal, offset: 3 * 4096, DataFolderFiles.Garbage(4096));

        AssertRefusedToStart(data, "is damaged", "quick_check", "Restore the journal from the backup");
    }

    [Fact]
    public void A_missing_table()
    {
        var data = Settled();
        data.Sql("DROP TABLE history");

        AssertRefusedToStart(data, "is damaged (table history is missing)", "Restore the journal from the backup");
    }

    [Fact]
    public void The_counters_row_missing()
    {
        var data = Settled();
        data.Sql("DELETE FROM counters");

        AssertRefusedToStart(data, "counters row is missing", $"lakalapos journal recover-counters --data {data.Folder}");
    }

    [Fact]
    public void A_changed_data_key_with_a_reversal_due()
    {
        var data = Settled();
        data.Sql("UPDATE transactions SET status = 'Pending', reversal_state = 'Due' WHERE id = (SELECT max(id) FROM transactions)");
        var profiles = Path.Combine(_work, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "emulator.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "emulator.json"))
            .Replace("\"dataKey\": \"5445", "\"dataKey\": \"0045", StringComparison.Ordinal));

        AssertRefusedToStart(data, ["--profiles", profiles], "data key (profile security.dataKey) does not decrypt", "Start with the key this terminal was set up with");
    }

    [Fact]
    public void A_zero_byte_journal()
    {
        var data = Settled();
        data.Truncate(data.Journal, 0);

        AssertRefusedToStart(data, "is empty, but this terminal has already used", data.NumbersUsed()[1], "recover-counters");
    }

    [Fact]
    public void A_truncated_WAL_file()
    {
        var data = Killed();
        data.Truncate(data.Wal, 32); // its header only: every commit in it is gone

        AssertRefusedToStart(data, "is behind the numbers this terminal has already used", "used: " + string.Join(", ", data.NumbersUsed()), "recover-counters");
    }

    [Fact]
    public void A_WAL_file_of_garbage()
    {
        var data = Killed();
        data.Overwrite(data.Wal, 0, DataFolderFiles.Garbage((int)new FileInfo(data.Wal).Length));

        AssertRefusedToStart(data, "is behind the numbers this terminal has already used", "recover-counters");
    }

    [Fact]
    public void A_damaged_header()
    {
        var data = Settled();
        data.Overwrite(data.Journal, offset: 16, DataFolderFiles.Garbage(84));

        AssertRefusedToStart(data, "is damaged", "Restore the journal from the backup").Should().NotContain("newer");
    }

    [Fact]
    public void A_wild_schema_version_is_damage_not_a_newer_schema()
    {
        var data = Settled();
        data.Sql("UPDATE schema_version SET version = 1493303 WHERE version = (SELECT max(version) FROM schema_version)");

        AssertRefusedToStart(data, "is damaged", "schema versions do not run 1 to 1493303").Should().NotContain("newer");
    }

    [Fact]
    public void A_genuinely_newer_schema_keeps_its_message()
    {
        var data = Settled();
        data.Sql("INSERT INTO schema_version (version, description, applied_at) " +
                 "SELECT max(version) + 1, 'from newer software', '2030-01-01T00:00:00.0000000+08:00' FROM schema_version");

        AssertRefusedToStart(data, "newer than this software understands", "run the newer software");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private DataFolderFiles Settled() => Copy(RecordedDataFolders.Settled);

    private DataFolderFiles Killed() => Copy(RecordedDataFolders.KilledAfterSale);

    private DataFolderFiles Copy(string recorded) => new(RecordedDataFolders.CopyTo(recorded, Path.Combine(_work, "data")));

    private static string AssertRefusedToStart(DataFolderFiles data, params string[] phrases) => AssertRefusedToStart(data, [], phrases);

    /// <summary>Runs lakalapos on the folder; returns the one line it gave.</summary>
    private static string AssertRefusedToStart(DataFolderFiles data, string[] options, params string[] phrases)
    {
        var before = data.Fingerprint();
        var refusedBefore = data.LogLines().Count(l => l.Contains("Start-up refused", StringComparison.Ordinal));

        using var cli = CliProcess.Start(RepositoryRoot.Path, ["run", "--data", data.Folder, .. options]);

        cli.WaitForExit().Should().Be(2, cli.Output);
        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle(cli.Output).Which.Should().StartWith("lakalapos: ");
        var line = lines[0];
        foreach (var phrase in phrases)
            line.Should().Contain(phrase);
        cli.Output.Should().NotContain("   at ").And.NotContain("Unhandled");
        data.Fingerprint().Should().Be(before, "the journal is left exactly as it was");
        var refused = data.LogLines().Where(l => l.Contains("Start-up refused", StringComparison.Ordinal)).ToList();
        refused.Should().HaveCount(refusedBefore + 1).And.Subject.Last().Should().EndWith(line["lakalapos: ".Length..]);
        return line;
    }
}
