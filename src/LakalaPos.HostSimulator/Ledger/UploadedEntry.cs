using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>Why an uploaded entry does not agree with the host's ledger.</summary>
public enum UploadDiscrepancy
{
    /// <summary>The host booked nothing for that terminal, batch and trace.</summary>
    NotBooked,

    /// <summary>The host booked it but it was reversed since.</summary>
    Reversed,

    /// <summary>The host booked another kind (a void where the terminal says sale...).</summary>
    DifferentKind,

    DifferentAmount,
    DifferentCard,
}

/// <summary>
/// One transaction a terminal listed in a batch upload (0320, field 48), kept per terminal,
/// batch and trace (a re-sent upload replaces it). <see cref="Discrepancy"/> is null when the
/// host's ledger holds the same transaction; otherwise it says what differs. An upload never
/// moves money or changes the ledger.
/// </summary>
public sealed record UploadedEntry
{
    public required TerminalId Terminal { get; init; }

    /// <summary>The uploaded batch (60.2 of the 0320), 6 digits.</summary>
    public required string Batch { get; init; }

    /// <summary>The transaction's trace (voucher number), 6 digits.</summary>
    public required string Trace { get; init; }

    /// <summary>The card organisation digit the terminal sent ("0" domestic, the only one the layout accepts).</summary>
    public required string CardOrganisation { get; init; }

    public required string Pan { get; init; }
    public required long AmountFen { get; init; }
    public required HostTransactionKind Kind { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public UploadDiscrepancy? Discrepancy { get; init; }

    /// <summary>Masked card only.</summary>
    public override string ToString() =>
        $"Uploaded {Kind} {Terminal} batch {Batch} trace {Trace} card {PanMask.Mask(Pan)} {Yuan.Format(AmountFen)}" +
        (Discrepancy is { } d ? $" discrepancy {d}" : " matches the ledger");
}
