using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>Finding the sale a void names, and the links between voids and their sales.</summary>
internal static class VoidOriginals
{
    /// <summary>
    /// The sale this terminal booked with batch 61.1 and trace 61.2; null when field 61 is missing
    /// or short or there is none. Another terminal's sale is never found. When a reversed sale's
    /// trace was used again, the sale still standing is the one meant.
    /// </summary>
    public static HostTransaction? Find(IHostStore store, RequestContext context)
    {
        var batch = RequestFields.OriginalBatch(context.Request);
        var trace = RequestFields.OriginalTrace(context.Request);
        if (batch is null || trace is null)
            return null;
        var candidates = store.TransactionsOf(context.Terminal)
            .Where(t => t.Kind == HostTransactionKind.Sale && t.Batch == batch && t.Trace == trace)
            .ToList();
        return candidates.LastOrDefault(t => !t.Reversed) ?? candidates.LastOrDefault();
    }

    /// <summary>Field 37 is the sale's RRN and field 38 its auth code (a missing one matches nothing).</summary>
    public static bool ReferencesMatch(Iso8583Message request, HostTransaction sale) =>
        request.GetText(37) == sale.Rrn && RequestFields.AuthCode(request) == sale.AuthCode.TrimEnd();

    /// <summary>Whether the sale is still undone by an approved, unreversed void other than <paramref name="except"/>.</summary>
    public static bool StillVoided(IHostStore store, HostTransaction sale, HostTransaction except) =>
        store.TransactionsOf(sale.Terminal).Any(t =>
            t.Kind == HostTransactionKind.Void && !t.Reversed && t.OriginalRrn == sale.Rrn && t.Rrn != except.Rrn);
}
