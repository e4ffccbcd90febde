using LakalaPos.Journal.Counting;

namespace LakalaPos.Journal;

/// <summary>
/// Every reason the journal refuses to be used, as one line: what is wrong, then what the
/// merchant does about it. The start-up check, <c>lakalapos journal check</c> and
/// <see cref="SqliteJournal.Open(string, Serilog.ILogger, TimeProvider?, string?)"/> all say the same thing.
/// </summary>
internal static class JournalProblems
{
    private const string RestoreOrService = "Restore the journal from the backup (lakalapos journal --help) or call service.";

    public static string NotADatabase(string path, string detail) =>
        $"'{path}' is not a LakalaPos journal, or it is damaged: it cannot be read as a database ({detail}). {RestoreOrService}";

    public static string OtherApplication(string path, long applicationId) =>
        $"'{path}' is not a LakalaPos journal: it is an SQLite database of another application " +
        $"(application id 0x{applicationId:X8}). It was left untouched.";

    public static string Damaged(string path, string detail) =>
        $"Journal '{path}' is damaged ({detail}). {RestoreOrService}";

    public static string Newer(string path, long version, int latest) =>
        $"Journal '{path}' has schema version {version}, newer than this software understands ({latest}). " +
        "It was not opened, so none of its data is lost; run the newer software.";

    public static string CountersMissing(string path) =>
        $"Journal '{path}' has lost its batch and trace counters (the counters row is missing). {Recover(path)}";

    public static string CountersImpossible(string path, long batch, long lastTrace) =>
        $"Journal '{path}' has impossible counters (batch {batch}, last trace {lastTrace}). {Recover(path)}";

    public static string Lost(string path, Counters used) =>
        $"Journal '{path}' is empty, but this terminal has already used {used}: the journal was lost or replaced. {Recover(path)}";

    public static string Behind(string path, Counters journal, Counters used) =>
        $"Journal '{path}' is behind the numbers this terminal has already used (journal: {journal}; used: {used}): " +
        $"part of it was lost. {Recover(path)}";

    public static string MarkUnreadable(string markPath, string detail) =>
        $"The record of numbers used, '{markPath}', cannot be read ({detail}); the terminal cannot tell which trace numbers are free. Call service.";

    public static string WrongDataKey(string path) =>
        $"The data key (profile security.dataKey) does not decrypt the card data in journal '{path}'. " +
        "Start with the key this terminal was set up with, or call service.";

    public static string Recover(string path) =>
        "To go on without reusing a number, restore the journal from the backup if you have one, then run: " +
        $"lakalapos journal recover-counters --data {Path.GetDirectoryName(path)}";
}
