namespace LakalaPos.Core.Host;

/// <summary>
/// What the terminal counted in a batch, as field 48 of the 0500 carries it (domestic cards; the
/// foreign half is zeros). Debits are the sales that stand (approved, not voided); credits are
/// the approved refunds. A void cancels its sale, so neither is counted.
/// </summary>
public sealed record SettlementTotals(long DebitFen, int DebitCount, long CreditFen, int CreditCount);

/// <summary>The host's verdict on the totals (answer field 48, last digit).</summary>
public enum SettlementResult
{
    Balanced = 1,
    Unbalanced = 2,
    Error = 3,
}

/// <summary>One transaction in a batch upload (0320, field 48).</summary>
public sealed record BatchUploadEntry(int Trace, string Pan, long AmountFen, Journal.TransactionType Type)
{
    /// <summary>Never the full card number.</summary>
    public override string ToString() => $"{Type} {Trace:000000} {Security.PanMask.Mask(Pan)} {Money.Fen.Format(AmountFen)}";
}
