using FluentAssertions;
using static LakalaPos.Terminal.Tests.OperatorSteps;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// Real data folders, made once per test run by driving the real program, for tests to copy and
/// damage: <see cref="Settled"/> (a sale, a settlement, a sale in the new batch, a clean quit)
/// and <see cref="KilledAfterSale"/> (that, then one more sale and kill -9, so the last commits
/// are only in the WAL file).
/// </summary>
internal static class RecordedDataFolders
{
    /// <summary>
    /// The test classes that start lakalapos on these folders run one after another, so a busy
    /// machine is not asked for a dozen .NET processes at once.
    /// </summary>
    public const string Collection = "lakalapos on recorded data folders";

    private static readonly string Root = Directory.CreateTempSubdirectory("lakalapos-recorded-").FullName;
    private static readonly Lazy<string> SettledFolder = new(MakeSettled);
    private static readonly Lazy<string> KilledFolder = new(MakeKilled);

    static RecordedDataFolders()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A folder left in the temp directory is harmless.
            }
        };
    }

    public static string Settled => SettledFolder.Value;

    public static string KilledAfterSale => KilledFolder.Value;

    /// <summary>A copy of <paramref name="recorded"/> in <paramref name="target"/> (which must not exist yet).</summary>
    public static string CopyTo(string recorded, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(recorded, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(recorded, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    private static string MakeSettled()
    {
        var data = Path.Combine(Root, "settled");
        using var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data);
        SignIn(cli);
        ApprovedSale(cli, "1000");
        Settle(cli);
        ApprovedSale(cli, "2000");
        cli.Type("quit");
        cli.WaitForExit().Should().Be(0, cli.Output);
        return data;
    }

    private static string MakeKilled()
    {
        var data = CopyTo(Settled, Path.Combine(Root, "killed"));
        using var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data);
        SignIn(cli);
        Sale(cli, "swipe debit", "3000", "123456");
        cli.WaitFor("交易成功");
        cli.Kill();
        new FileInfo(Path.Combine(data, "journal.db-wal")).Length.Should().BeGreaterThan(32, "the last commits are in the WAL file");
        return data;
    }
}
