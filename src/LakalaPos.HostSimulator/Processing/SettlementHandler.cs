using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0500 (结算). The terminal's totals for its batch (field 48) are compared with what the host
/// booked for that terminal (41 + 42) and batch (60.2): debits = sales not voided and not
/// reversed, credits = refunds. Checks: batch missing 30, 60.3 other than 201 12, field 48 not
/// 62 digits 30. Answer 0510, 00, settlement date in 15, and field 48 echoed with the verdict
/// (1 balanced, 2 unbalanced, 3 error: foreign totals the host cannot have) in its 31st digit.
/// Each 0500 is compared afresh and kept, a repeated one for the same batch too.
/// </summary>
internal sealed class SettlementHandler(HostServices services)
{
    public const string NetworkCode = "201";
    private static readonly string UnreadableTotals = new('0', SettlementField.Length);

    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var batch = RequestFields.BatchSent(request);
        var sent = request.GetText(48);
        var totals = SettlementField.Parse(sent, out var problem);
        if (!context.Forced)
        {
            if (batch is null)
                return FormatError(context, "field 60 holds no batch number");
            if (RequestFields.NetworkCode(request) != NetworkCode)
                return Answers.For(request, "12");
            if (totals is null)
                return FormatError(context, problem!);
        }

        var answer = Answers.For(request, "00").WithHostTime(context.Now, settlement: true);
        if (totals is not { } both)
        {
            // Only the approve rule gets here: 00 as ordered, but nothing to compare or keep.
            services.Log.Warning("Settlement from {Terminal} approved by rule, but {Problem}: verdict error, nothing kept", context.Terminal, problem);
            return answer.Set(48, SettlementField.WithVerdict(UnreadableTotals, SettlementVerdict.Error));
        }

        var settledBatch = batch ?? RequestFields.Batch(request);
        var hostTotals = HostTotals(context.Terminal, settledBatch);
        var settlement = new HostSettlement
        {
            Terminal = context.Terminal,
            Batch = settledBatch,
            Trace = request.GetText(11)!,
            HostTime = context.Now,
            TerminalTotals = both.Domestic,
            HostTotals = hostTotals,
            Verdict = Verdict(both.Domestic, both.Foreign, hostTotals),
        };
        services.Store.AddSettlement(settlement);
        services.Log.Information("{Settlement}", settlement);
        return answer.Set(48, SettlementField.WithVerdict(sent!, settlement.Verdict));
    }

    /// <summary>The host books domestic cards only: foreign totals other than zero cannot be compared, an error.</summary>
    private static SettlementVerdict Verdict(SettlementCounts domestic, SettlementCounts foreign, SettlementCounts host) =>
        !foreign.IsZero ? SettlementVerdict.Error
        : domestic == host ? SettlementVerdict.Balanced
        : SettlementVerdict.Unbalanced;

    /// <summary>What the terminal should have counted: its sales that stand (not voided, not reversed) and its refunds.</summary>
    private SettlementCounts HostTotals(TerminalId terminal, string batch)
    {
        var booked = services.Store.TransactionsOf(terminal).Where(t => t.Batch == batch && !t.Reversed).ToList();
        var debits = booked.Where(t => t is { Kind: HostTransactionKind.Sale, Voided: false }).ToList();
        var credits = booked.Where(t => t.Kind == HostTransactionKind.Refund).ToList();
        return new SettlementCounts(debits.Sum(t => t.AmountFen), debits.Count, credits.Sum(t => t.AmountFen), credits.Count);
    }

    private Iso8583Message FormatError(RequestContext context, string problem)
    {
        services.Log.Warning("Settlement from {Terminal} refused (30): {Problem}", context.Terminal, problem);
        return Answers.For(context.Request, "30");
    }
}
