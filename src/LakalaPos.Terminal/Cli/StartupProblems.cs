using LakalaPos.Profiles;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Journal;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// What a bad profile, key file, journal, host store or data folder looks like when `run` or
/// `emulator` starts: a one-line message, exit code 2, never a stack trace.
/// </summary>
internal static class StartupProblems
{
    public static bool Are(Exception ex) => ex is HardwareProfileException or JournalFileException or HostStoreException
        or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or IOException or UnauthorizedAccessException;
}
