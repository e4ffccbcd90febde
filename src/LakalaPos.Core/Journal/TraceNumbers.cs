namespace LakalaPos.Core.Journal;

/// <summary>Trace (voucher) numbers run 000001-999999 and then start again at 000001.</summary>
public static class TraceNumbers
{
    public const int Max = 999_999;

    /// <summary>The trace number that follows <paramref name="last"/> (0 on a new terminal).</summary>
    public static int After(int last) => last >= Max ? 1 : last + 1;
}
