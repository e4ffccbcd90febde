namespace LakalaPos.Journal;

/// <summary>What a committed journal call survives.</summary>
public enum JournalDurability
{
    /// <summary>
    /// A power cut: every commit (synchronous=FULL) and every counter mark is flushed to the disk
    /// before the call returns. What a terminal always uses.
    /// </summary>
    PowerCut,

    /// <summary>
    /// The process ending at any instant, not the machine: commits and marks reach the operating
    /// system before the call returns (synchronous=OFF, no flush), so a simulated power cut — the
    /// connection dropped without a checkpoint, the journal opened again — finds all of them. For
    /// replays and tests, whose "power" is the process; never for a terminal.
    /// </summary>
    ProcessEnd,
}
