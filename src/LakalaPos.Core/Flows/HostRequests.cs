using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Flows;

/// <summary>Builds the common part of every host request from the terminal's parameters and clock.</summary>
public static class HostRequests
{
    public static HostRequest New(TerminalContext ctx, HostMessageKind kind, int trace) => new()
    {
        Kind = kind,
        Trace = trace,
        Batch = ctx.Journal.CurrentBatch(),
        LocalTime = ctx.Now,
        TerminalId = ctx.Parameters.TerminalNo,
        MerchantId = ctx.Parameters.MerchantNo,
    };

    /// <summary>
    /// What the screen says about a host answer that is not an approval. For a refund, 51 is the
    /// merchant's account that cannot cover it (spec section 5.7), not the cardholder's.
    /// </summary>
    public static string[] DeclineLines(HostResponse response, Journal.TransactionType type)
    {
        var text = type == Journal.TransactionType.Refund && response.ResponseCode == "51"
            ? Screens.Prompts.MerchantBalanceShort
            : ResponseCodes.TextOf(response.ResponseCode);
        return [Screens.Prompts.Declined, $"{response.ResponseCode} {text}"];
    }
}
