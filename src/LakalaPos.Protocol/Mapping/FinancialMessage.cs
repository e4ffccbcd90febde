using LakalaPos.Iso8583.Fields;
using System.Globalization;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Mapping;

/// <summary>The 0200/0220 messages (sale, void, refund, balance) and the base of a 0400.</summary>
internal static class FinancialMessage
{
    public static string MtiOf(HostMessageKind kind) => kind == HostMessageKind.Refund ? MessageCodes.AdviceMti : MessageCodes.FinancialMti;

    /// <param name="withSecrets">False for a reversal: no PIN block, no 26/53, no track data is formed.</param>
    public static Iso8583Message Build(HostRequest request, string mti, PinBlockEncryptor? encryptPin, bool withSecrets = true)
    {
        var (processing, messageType) = request.Kind switch
        {
            HostMessageKind.Sale => (MessageCodes.SaleProcessing, Field60.Sale),
            HostMessageKind.Void => (MessageCodes.VoidProcessing, Field60.Void),
            HostMessageKind.Refund => (MessageCodes.RefundProcessing, Field60.Refund),
            _ => (MessageCodes.BalanceProcessing, Field60.Balance),
        };
        var card = request.Card;
        if (card is null && request.Kind != HostMessageKind.Void)
            throw new HostRequestMappingException($"a {request.Kind} needs card data");
        var pinEntered = request.Pin is not null || request.PinEntered;

        var message = new Iso8583Message(mti);
        if (card is not null)
            message.Set(2, card.Pan);
        message.Set(3, processing);
        if (request.Kind != HostMessageKind.BalanceInquiry)
            message.Set(4, Amount(request));
        SetTraceAndIds(message, request);
        message.Set(12, request.LocalTime.ToString("HHmmss", CultureInfo.InvariantCulture));
        message.Set(13, request.LocalTime.ToString("MMdd", CultureInfo.InvariantCulture));
        // Without a card (a void when voidCardRequired is off) the entry mode is "manual".
        message.Set(22, (card?.EntryMode ?? EntryMode.Manual).Field22Prefix() + (pinEntered ? "1" : "2"));
        message.Set(25, MessageCodes.NormalCondition);
        message.Set(49, MessageCodes.CurrencyCny);
        if (card is not null)
            SetCard(message, card, withSecrets);
        if (pinEntered && withSecrets)
            SetPin(message, request, card, encryptPin);
        SetOriginal(message, request);
        message.Set(60, Field60.Compose(messageType, HostRequestMapper.CheckBatch(request.Batch), Field60.NetworkFinancial, ReadCapability(card)));
        return message;
    }

    public static void SetTraceAndIds(Iso8583Message message, HostRequest request)
    {
        message.Set(11, HostRequestMapper.SixDigits(request.Trace, "trace number"));
        message.Set(41, request.TerminalId);
        message.Set(42, request.MerchantId);
    }

    private static string Amount(HostRequest request)
    {
        var fen = request.AmountFen ?? throw new HostRequestMappingException($"a {request.Kind} needs an amount");
        if (fen is <= 0 or > 999_999_999_999)
            throw new HostRequestMappingException($"amount {fen} fen is not between 1 and 999999999999");
        return fen.ToString("000000000000", CultureInfo.InvariantCulture);
    }

    private static void SetCard(Iso8583Message message, CardData card, bool withTrack)
    {
        message.Set(14, card.ExpiryYyMm);
        if (card.CardSequence is { Length: > 0 } sequence)
            message.Set(23, sequence.PadLeft(3, '0'));
        if (withTrack && card.Track2 is { Length: > 0 } track2)
            message.Set(35, track2);
        if (card.IccData is { Length: > 0 } icc)
            message.Set(55, (byte[])icc.Clone());
    }

    private static void SetPin(Iso8583Message message, HostRequest request, CardData? card, PinBlockEncryptor? encryptPin)
    {
        if (card is null)
            throw new HostRequestMappingException("a PIN block needs the card's PAN");
        if (encryptPin is null)
            throw new HostRequestMappingException("a PIN was entered but the session has no PIN key: sign in first");
        message.Set(26, MessageCodes.PinCaptureCode);
        message.Set(52, encryptPin(request.Pin!.Reveal(), card.Pan));
        message.Set(53, MessageCodes.SecurityInfoWithPin);
    }

    private static void SetOriginal(Iso8583Message message, HostRequest request)
    {
        if (request.Kind == HostMessageKind.Void)
        {
            message.Set(37, Required(request.OriginalRrn, "original reference number (37)"));
            if (request.OriginalAuthCode is { Length: > 0 } auth)
                message.Set(38, auth.PadRight(6));
            message.Set(61, Field61.ForVoid(
                Required(request.OriginalBatch, "original batch (61)"),
                Required(request.OriginalTrace, "original trace (61)")));
        }
        else if (request.Kind == HostMessageKind.Refund)
        {
            message.Set(37, Required(request.OriginalRrn, "original reference number (37)"));
            var date = Required(request.OriginalDate, "original date MMDD (61)");
            if (date.Length != 4 || !date.All(char.IsAsciiDigit))
                throw new HostRequestMappingException("the original date must be MMDD");
            message.Set(61, Field61.ForRefund(date));
            message.Set(63, RefundMethodCode.For(WireTerms.Destination(Required(request.RefundMethod, "refund method (63)"))));
        }
    }

    /// <summary>60.4: 5 for a chip read, 6 for contactless; not written for swipe or manual entry.</summary>
    private static char? ReadCapability(CardData? card) => card?.EntryMode switch
    {
        EntryMode.Insert => '5',
        EntryMode.Tap => '6',
        _ => null,
    };

    private static T Required<T>(T? value, string what) where T : class =>
        value ?? throw new HostRequestMappingException($"the request has no {what}");

    private static T Required<T>(T? value, string what) where T : struct =>
        value ?? throw new HostRequestMappingException($"the request has no {what}");
}
