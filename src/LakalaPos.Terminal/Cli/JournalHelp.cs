namespace LakalaPos.Terminal.Cli;

/// <summary>The <c>--help</c> text of <c>lakalapos journal</c> and of each of its actions.</summary>
public static class JournalHelp
{
    private const string Options = """
          --data DIR        the terminal's data folder (default: the profile's storage.dataDirectory)
          --profile NAME    the hardware profile (default: emulator); its data key is tried on the card data
          --profiles DIR    where the profiles are (default: hardware-profiles/ beside the program or above)
        """;

    private const string Check = $"""
        usage: lakalapos journal check [--data DIR] [--profile NAME] [--profiles DIR]

        Runs the check the terminal makes before it starts, and prints each step with OK or PROBLEM:
        the numbers already used (journal.hwm), the file, SQLite's page check, the schema version, the
        tables, the batch and trace counters, whether the data key decrypts the stored card numbers,
        and whether every record can be read. Nothing is written. Exit code 0 when all is sound,
        2 on a problem, whose line says what to do.

        {Options}
        """;

    private const string Backup = $"""
        usage: lakalapos journal backup --out FILE [--data DIR] [--profile NAME] [--profiles DIR]

        Writes a consistent copy of the journal to FILE (SQLite online backup), also while the
        terminal runs. The copy is checked before it replaces FILE, so a damaged journal never
        overwrites a good backup. The terminal itself keeps one after each settlement, in
        DIR/backup/journal-after-settlement.db.

        To restore a backup: stop the terminal; move journal.db, journal.db-wal and journal.db-shm
        out of the data folder (keep them for service); copy the backup in as journal.db; leave
        journal.hwm where it is; run "lakalapos journal check". It will say the journal is behind
        the numbers already used: run "lakalapos journal recover-counters", then start the terminal.

          --out FILE        where the copy goes (replaced if it exists)
        {Options}
        """;

    private const string Recover = $"""
        usage: lakalapos journal recover-counters [--data DIR] [--profile NAME] [--profiles DIR]

        For a journal that lost its batch and trace counters: the counters row is missing, or the
        journal is empty, or it is behind the numbers already used (a restored backup, a lost tail).
        Moves the counters up to the numbers journal.hwm records as used, so no trace or batch number
        is ever used twice, then runs the check. It fixes nothing else: a damaged or foreign file is
        refused as at start-up. Transactions missing from the journal stay missing: the host has
        them, and the settlement of the current batch may not balance.

        {Options}
        """;

    private const string Overview = $"""
        usage: lakalapos journal ACTION [options]   (lakalapos journal ACTION --help for more)

          check              the start-up check of the journal, step by step; writes nothing
          backup --out FILE  a checked copy of the journal, also while the terminal runs
          recover-counters   after a restore or a lost journal: move the counters above every number used

        {Options}
        """;

    public static string For(string action) => action switch
    {
        "check" => Check,
        "backup" => Backup,
        "recover-counters" => Recover,
        _ => Overview,
    };
}
