using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.Protocol.Mapping;

/// <summary>The terminal's terms (Core) in the shared library's wire terms, and back.</summary>
internal static class WireTerms
{
    public static SettlementCounts Counts(SettlementTotals t) => new(t.DebitFen, t.DebitCount, t.CreditFen, t.CreditCount);

    public static SettlementResult Result(SettlementVerdict verdict) => verdict switch
    {
        SettlementVerdict.Balanced => SettlementResult.Balanced,
        SettlementVerdict.Unbalanced => SettlementResult.Unbalanced,
        _ => SettlementResult.Error,
    };

    public static RefundDestination Destination(RefundMethod method) =>
        method == RefundMethod.Balance ? RefundDestination.BalanceAccount : RefundDestination.Card;

    public static BatchUploadItem Item(BatchUploadEntry entry) => new(entry.Trace, entry.Pan, entry.AmountFen, entry.Type switch
    {
        TransactionType.Sale => BatchItemKind.Sale,
        TransactionType.Void => BatchItemKind.Void,
        TransactionType.Refund => BatchItemKind.Refund,
        var other => throw new HostRequestMappingException($"batch upload entry {entry.Trace:000000}: a {other} is not a batch transaction"),
    });
}
