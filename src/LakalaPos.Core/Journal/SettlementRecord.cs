using LakalaPos.Core.Host;

namespace LakalaPos.Core.Journal;

/// <summary>
/// A settled batch (结算): the terminal's totals by type, the host's verdict and whether the batch
/// upload went through. Kept so the settlement slip can be reprinted (7 → 3) and an unfinished
/// upload resumed.
/// </summary>
public sealed record SettlementRecord
{
    public required int Batch { get; init; }
    public required DateTimeOffset LocalTime { get; init; }
    public required string OperatorNo { get; init; }
    public required long SaleFen { get; init; }
    public required int SaleCount { get; init; }
    public required long VoidFen { get; init; }
    public required int VoidCount { get; init; }
    public required long RefundFen { get; init; }
    public required int RefundCount { get; init; }
    public required SettlementResult Result { get; init; }
    public bool UploadDone { get; init; }
}
