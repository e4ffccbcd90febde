using LakalaPos.Profiles;
using LakalaPos.Journal;
using LakalaPos.Journal.Checking;
using LakalaPos.Journal.Counting;
using LakalaPos.Journal.Files;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Logging;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos journal check | backup | recover-counters</c>: the merchant's and the service
/// engineer's tools for the journal in a data folder. Each says what it did in a few lines and
/// exits 0, or gives one line saying what is wrong and exits 2.
/// </summary>
public static class JournalCommand
{
    public const string Usage = "journal check|backup|recover-counters [--data DIR] [--profile NAME] [--profiles DIR] [--out FILE] [--help]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!JournalArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, Usage);
        if (parsed.Help)
        {
            output.WriteLine(JournalHelp.For(parsed.Action));
            return 0;
        }
        if (CommandLine.LoadProfile(parsed.ProfilesDirectory, parsed.Profile, error) is not { } profile)
            return 2;
        var dataDirectory = Path.GetFullPath(parsed.DataDirectory ?? profile.Storage.DataDirectory);
        try
        {
            return parsed.Action switch
            {
                "check" => Check(profile, dataDirectory, output),
                "backup" => Backup(dataDirectory, Path.GetFullPath(parsed.Out!), output),
                _ => RecoverCounters(profile, dataDirectory, output),
            };
        }
        catch (IOException ex)
        {
            // JournalFileException and DataFolderInUseException are IOExceptions with a one-line message.
            error.WriteLine($"lakalapos: {ex.Message}");
            return 2;
        }
    }

    private static int Check(HardwareProfile profile, string dataDirectory, TextWriter output)
    {
        var report = DataFolder.Check(dataDirectory, ProfileOptions.For(profile).PanProtector);
        Print(report, output);
        return report.Failure is null ? 0 : 2;
    }

    private static int Backup(string dataDirectory, string destination, TextWriter output)
    {
        JournalBackup.Copy(DataFolder.Journal(dataDirectory), destination);
        output.WriteLine($"backup of {DataFolder.Journal(dataDirectory)} written to {destination} ({new FileInfo(destination).Length} bytes)");
        return 0;
    }

    private static int RecoverCounters(HardwareProfile profile, string dataDirectory, TextWriter output)
    {
        using var folderLock = DataFolderLock.Acquire(dataDirectory);
        using var log = LogSetup.ForTerminal(dataDirectory, verboseConsole: false, console: false);
        var recovered = CounterRecovery.Run(DataFolder.Journal(dataDirectory), log);
        output.WriteLine(recovered is null
            ? "the counters are not behind the numbers already used: nothing to recover"
            : $"counters recovered: {recovered.Before} -> {recovered.After}; the next trace number is above every one used");
        return Check(profile, dataDirectory, output);
    }

    private static void Print(JournalCheckReport report, TextWriter output)
    {
        output.WriteLine($"journal check of {report.JournalPath}");
        var width = report.Items.Max(i => i.Name.Length);
        foreach (var item in report.Items)
            output.WriteLine($"  {item.Name.PadRight(width)}  {(item.Ok ? "OK     " : "PROBLEM")}  {item.Detail}");
        output.WriteLine(report.Problem is null ? "journal: OK" : $"journal: PROBLEM: {report.Problem}");
    }
}
