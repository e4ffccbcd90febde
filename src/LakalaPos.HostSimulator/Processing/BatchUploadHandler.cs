using System.Globalization;
using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0320 (批上送). Field 48 is read by the protocol library's <see cref="BatchUploadField"/>, the
/// layout the terminal writes. Each entry is kept for the terminal and batch (60.2) and compared
/// with the ledger by terminal, batch and trace; one that does not agree is kept and logged as a
/// discrepancy. An upload never moves money or changes the ledger. Checks: batch missing 30,
/// 60.3 neither 201 nor 202 12, field 48 malformed 30 (nothing of that message is kept).
/// Answer 0330, 00.
/// </summary>
internal sealed class BatchUploadHandler(HostServices services)
{
    public const string NetworkGroup = "201", NetworkLast = "202";

    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var batch = RequestFields.BatchSent(request);
        var network = RequestFields.NetworkCode(request);
        if (!context.Forced)
        {
            if (batch is null)
                return FormatError(context, "field 60 holds no batch number");
            if (network is not (NetworkGroup or NetworkLast))
                return Answers.For(request, "12");
        }

        var field48 = request.GetText(48);
        if ((field48 is null ? null : BatchUploadField.Parse(field48)) is not { } entries)
        {
            var problem = BatchUploadProblem.Of(field48);
            if (!context.Forced)
                return FormatError(context, problem);
            services.Log.Warning("Batch upload from {Terminal} approved by rule, but {Problem}: nothing kept", context.Terminal, problem);
            return Answers.For(request, "00").WithHostTime(context.Now);
        }

        Keep(context, batch ?? RequestFields.Batch(request), entries);
        if (network == NetworkLast)
            LogFinished(context.Terminal, batch ?? RequestFields.Batch(request));
        return Answers.For(request, "00").WithHostTime(context.Now);
    }

    private void Keep(RequestContext context, string batch, IReadOnlyList<BatchUploadItem> uploaded)
    {
        var booked = services.Store.TransactionsOf(context.Terminal).Where(t => t.Batch == batch).ToList();
        foreach (var sent in uploaded)
        {
            var entry = new UploadedEntry
            {
                Terminal = context.Terminal,
                Batch = batch,
                Trace = sent.Trace.ToString("D6", CultureInfo.InvariantCulture),
                CardOrganisation = BatchUploadField.DomesticOrganisation.ToString(),
                Pan = sent.Pan,
                AmountFen = sent.AmountFen,
                Kind = KindOf(sent.Kind),
                UploadedAt = context.Now,
            };
            entry = entry with { Discrepancy = Compare(entry, booked) };
            services.Store.SaveUploadedEntry(entry);
            if (entry.Discrepancy is null)
                services.Log.Debug("{Entry}", entry);
            else
                services.Log.Warning("Batch upload discrepancy: {Entry}", entry);
        }
    }

    /// <summary>
    /// The entry booked at that trace (the one still standing when a reversed trace was used again)
    /// must be unreversed and of the same kind, amount and card.
    /// </summary>
    private static UploadDiscrepancy? Compare(UploadedEntry entry, List<HostTransaction> batchLedger)
    {
        var atTrace = batchLedger.Where(t => t.Trace == entry.Trace).ToList();
        var booked = atTrace.LastOrDefault(t => !t.Reversed) ?? atTrace.LastOrDefault();
        return booked switch
        {
            null => UploadDiscrepancy.NotBooked,
            { Reversed: true } => UploadDiscrepancy.Reversed,
            _ when booked.Kind != entry.Kind => UploadDiscrepancy.DifferentKind,
            _ when booked.AmountFen != entry.AmountFen => UploadDiscrepancy.DifferentAmount,
            _ when booked.Pan != entry.Pan => UploadDiscrepancy.DifferentCard,
            _ => null,
        };
    }

    /// <summary>The protocol's parser yields only these three types.</summary>
    private static HostTransactionKind KindOf(BatchItemKind type) => type switch
    {
        BatchItemKind.Sale => HostTransactionKind.Sale,
        BatchItemKind.Void => HostTransactionKind.Void,
        BatchItemKind.Refund => HostTransactionKind.Refund,
        _ => throw new InvalidOperationException($"a batch upload entry of type {type} is no batch transaction"),
    };

    private void LogFinished(TerminalId terminal, string batch)
    {
        var entries = services.Store.UploadedEntriesOf(terminal, batch);
        services.Log.Information("Batch upload of {Terminal} batch {Batch} finished: {Count} entries kept, {Discrepancies} discrepancies",
            terminal, batch, entries.Count, entries.Count(e => e.Discrepancy is not null));
    }

    private Iso8583Message FormatError(RequestContext context, string problem)
    {
        services.Log.Warning("Batch upload from {Terminal} refused (30): {Problem}", context.Terminal, problem);
        return Answers.For(context.Request, "30");
    }
}
