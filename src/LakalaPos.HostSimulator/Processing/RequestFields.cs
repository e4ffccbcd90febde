using System.Globalization;
using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>Reading the request fields the host decides on.</summary>
internal static class RequestFields
{
    public static TerminalId Terminal(Iso8583Message request) =>
        new(request.GetText(41) ?? "", request.GetText(42) ?? "");

    /// <summary>60.2, the terminal's batch number; 000000 when field 60 is missing or short.</summary>
    public static string Batch(Iso8583Message request) => SubField(request, "60.2") ?? "000000";

    /// <summary>60.2 as sent; null when field 60 is missing or too short to hold it.</summary>
    public static string? BatchSent(Iso8583Message request) => SubField(request, "60.2");

    /// <summary>60.1, the message type (22 sale, 23 void, 25 refund...).</summary>
    public static string? MessageType(Iso8583Message request) => SubField(request, "60.1");

    /// <summary>60.3, the network management code (003 for a sign-in with double-length keys).</summary>
    public static string? NetworkCode(Iso8583Message request) => SubField(request, "60.3");

    /// <summary>61.1, the batch of the transaction a void undoes; null when field 61 is missing or short.</summary>
    public static string? OriginalBatch(Iso8583Message request) => SubField(request, "61.1");

    /// <summary>61.2, the trace of the transaction a void undoes; null when field 61 is missing or short.</summary>
    public static string? OriginalTrace(Iso8583Message request) => SubField(request, "61.2");

    /// <summary>61.3, the date (MMDD) of the sale a refund names; null when field 61 is missing or short.</summary>
    public static string? OriginalDate(Iso8583Message request) => SubField(request, "61.3");

    /// <summary>Where a refund's money goes (63.1: RM1 to the card, RM2 to the balance account); null when missing or unknown.</summary>
    public static RefundDestination? RefundMethod(Iso8583Message request) => RefundMethodCode.Parse(SubField(request, "63.1"));

    /// <summary>Field 38 without the spaces a terminal pads a short auth code with.</summary>
    public static string? AuthCode(Iso8583Message request) => request.GetText(38)?.TrimEnd();

    /// <summary>The kind of transaction field 3 names (000000 sale, 200000 void); null for any other or none.</summary>
    public static HostTransactionKind? KindNamed(Iso8583Message request) => request.GetText(3) switch
    {
        "000000" => HostTransactionKind.Sale,
        "200000" => HostTransactionKind.Void,
        _ => null,
    };

    /// <summary>Field 4 in fen; false when absent or not 1-12 digits.</summary>
    public static bool TryAmount(Iso8583Message request, out long fen)
    {
        fen = 0;
        var text = request.GetText(4);
        return text is { Length: > 0 and <= 12 } && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out fen);
    }

    /// <summary>The card number: field 2, or track 2 (field 35) up to its separator when field 2 is absent.</summary>
    public static string? Pan(Iso8583Message request)
    {
        var pan = request.GetText(2);
        if (!string.IsNullOrEmpty(pan))
            return pan;
        var track2 = request.GetText(35);
        if (string.IsNullOrEmpty(track2))
            return null;
        var separator = track2.IndexOfAny(['=', 'D', 'd']);
        return separator > 0 ? track2[..separator] : null;
    }

    /// <summary>The expiry the terminal read (YYMM): field 14, else the 4 digits after track 2's separator.</summary>
    public static string? Expiry(Iso8583Message request)
    {
        var field14 = request.GetText(14);
        if (!string.IsNullOrEmpty(field14))
            return field14;
        var track2 = request.GetText(35);
        if (string.IsNullOrEmpty(track2))
            return null;
        var separator = track2.IndexOfAny(['=', 'D', 'd']);
        return separator > 0 && track2.Length >= separator + 5 ? track2.Substring(separator + 1, 4) : null;
    }

    /// <summary>Field 22 says the cardholder entered a PIN (third digit 1).</summary>
    public static bool SaysPinEntered(Iso8583Message request) => request.GetText(22) is { Length: 3 } mode && mode[2] == '1';

    /// <summary>Field 22 says the card was tapped (07x).</summary>
    public static bool IsContactless(Iso8583Message request) => request.GetText(22)?.StartsWith("07", StringComparison.Ordinal) == true;

    /// <summary>A sub-field as the protocol's table lays it out; null when its field is missing or too short.</summary>
    private static string? SubField(Iso8583Message request, string key) => Iso8583Fields.ReadForDisplay(request, key);
}
