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
    /// What the screen says about a host answer that is not an approval: "交易失败", the code with
    /// its own text, and under it the host's text when it sent one. For a refund, 51 is the
    /// merchant's account that cannot cover it (spec section 5.7), not the cardholder's.
    /// </summary>
    public static string[] DeclineLines(HostResponse response, Journal.TransactionType type, string language = Screens.Texts.Chinese)
    {
        var text = type == Journal.TransactionType.Refund && response.ResponseCode == "51"
            ? Screens.Texts.Of(language, Screens.Phrase.MerchantBalanceShort)
            : ResponseCodes.TextOf(response.ResponseCode, language);
        return WithHostText([Screens.Texts.Of(language, Screens.Phrase.Declined), $"{response.ResponseCode} {text}"], response);
    }

    /// <summary>The lines, then the host's text (field 63) on a line of its own when it sent one.</summary>
    public static string[] WithHostText(string[] lines, HostResponse response) =>
        string.IsNullOrWhiteSpace(response.Text) ? lines : [.. lines, response.Text];
}
