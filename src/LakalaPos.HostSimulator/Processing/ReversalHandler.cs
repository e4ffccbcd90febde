using LakalaPos.Protocol.Iso8583;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0400: the terminal undoes a request it got no good answer to. The original is found by
/// terminal, batch (60.2) and trace (11); a booked sale gives its money back and is marked
/// reversed. An original the host never booked is answered 00 as well: there is nothing to undo,
/// and the terminal must be able to clear its pending reversal.
/// </summary>
internal sealed class ReversalHandler(HostServices services)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var store = services.Store;
        var original = store.FindByTrace(context.Terminal, RequestFields.Batch(request), request.GetText(11)!);
        if (original is { Reversed: false })
        {
            if (original.Pan is not null && store.AvailableFen(original.Pan) is { } available)
                store.SetAvailableFen(original.Pan, available + original.AmountFen);
            store.UpdateTransaction(original with { Reversed = true });
            services.Log.Information("Reversed {Transaction} (reason {Reason})", original, request.GetText(39) ?? "-");
        }
        return Answers.For(request, "00").WithHostTime(context.Now, settlement: true);
    }
}
