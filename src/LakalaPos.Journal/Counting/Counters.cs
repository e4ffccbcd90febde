namespace LakalaPos.Journal.Counting;

/// <summary>
/// The batch number and the last trace number taken, as the journal's counters row and the
/// high-water mark file (<see cref="CounterMark"/>) hold them. Both wrap after 999999, so "behind"
/// is decided on the ring: less than half the ring behind is behind, anything else is ahead.
/// </summary>
internal readonly record struct Counters(int Batch, int LastTrace)
{
    private const int Ring = JournalInputRules.MaxCounter + 1;

    /// <summary>A journal that has never taken a number.</summary>
    public static readonly Counters Fresh = new(1, 0);

    public bool InRange => Batch is >= 1 and <= JournalInputRules.MaxCounter && LastTrace is >= 0 and <= JournalInputRules.MaxCounter;

    /// <summary>True when taking the next number from these counters could hand out one that <paramref name="used"/> says is taken.</summary>
    public bool IsBehind(Counters used) => Behind(Batch, used.Batch) || Behind(LastTrace, used.LastTrace);

    /// <summary>These counters, each moved up to <paramref name="used"/> where it is behind.</summary>
    public Counters AtLeast(Counters used) =>
        new(Behind(Batch, used.Batch) ? used.Batch : Batch, Behind(LastTrace, used.LastTrace) ? used.LastTrace : LastTrace);

    public override string ToString() => $"batch {Batch:D6}, trace {LastTrace:D6}";

    private static bool Behind(int mine, int used)
    {
        if (mine == used)
            return false;

        // Last trace 0 only ever means "nothing taken yet": wrapping goes from 999999 to 1.
        if (mine == 0)
            return true;
        return (used - mine + Ring) % Ring < Ring / 2;
    }
}
