using LakalaPos.Core.Security;
using LakalaPos.Journal.Checking;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// What lives in a terminal's data folder: the journal, its automatic backup, and the check the
/// terminal runs on it before it starts (the same one <c>lakalapos journal check</c> prints).
/// </summary>
public static class DataFolder
{
    public static string Journal(string dataDirectory) => Path.Combine(dataDirectory, "journal.db");

    /// <summary>The copy kept after each settlement, replaced each time.</summary>
    public static string SettlementBackup(string dataDirectory) => Path.Combine(dataDirectory, "backup", "journal-after-settlement.db");

    /// <summary>The journal check, with card data tried against the profile's data key.</summary>
    public static JournalCheckReport Check(string dataDirectory, PanProtector dataKey) =>
        JournalCheck.Run(Journal(dataDirectory), blob => dataKey.UnprotectBytes(blob) is not null);
}
