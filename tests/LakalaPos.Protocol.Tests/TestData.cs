using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Security;

namespace LakalaPos.Protocol.Tests;

/// <summary>Requests and cards the tests share; card numbers are the spec's test cards.</summary>
internal static class TestData
{
    public const string CreditPan = "6258070012345673";
    public const string CreditTrack2 = "6258070012345673=2811101123";
    public const string DebitPan = "6222020200112233446";
    public const string TerminalId = "12345678";
    public const string MerchantId = "123456789012345";
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Hex written with spaces and line breaks, as the hand-made expectations are.</summary>
    public static byte[] Hex(string spaced) => Convert.FromHexString(string.Concat(spaced.Where(char.IsAsciiHexDigit)));

    public static CardData SwipedCredit() => new(CreditPan, "2811", EntryMode.Swipe, CreditTrack2);

    public static CardData InsertedDebit() =>
        new(DebitPan, "2912", EntryMode.Insert, "6222020200112233446=2912201", "1", [0x9F, 0x26, 0x02, 0xAB, 0xCD]);

    public static CardData TappedDebit() =>
        new(DebitPan, "2912", EntryMode.Tap, "6222020200112233446=2912201", "001", [0x5F, 0x34, 0x01, 0x01]);

    public static HostRequest Request(HostMessageKind kind, int trace = 2) => new()
    {
        Kind = kind,
        Trace = trace,
        Batch = 1,
        LocalTime = Now,
        TerminalId = TerminalId,
        MerchantId = MerchantId,
    };

    public static HostRequest SignIn(int trace = 1) => Request(HostMessageKind.SignIn, trace) with { OperatorNo = "01" };

    public static HostRequest Sale(CardData? card = null, string? pin = null, long amount = 1234) =>
        Request(HostMessageKind.Sale) with
        {
            Card = card ?? SwipedCredit(),
            AmountFen = amount,
            Pin = pin is null ? null : new SecretDigits(pin),
        };

    public static HostRequest Void(CardData? card = null) => Request(HostMessageKind.Void, trace: 3) with
    {
        Card = card,
        AmountFen = 1234,
        OriginalRrn = "123456789012",
        OriginalAuthCode = "AB1234",
        OriginalBatch = 1,
        OriginalTrace = 2,
    };

    public static HostRequest Refund(RefundMethod method = RefundMethod.Original) => Request(HostMessageKind.Refund, trace: 4) with
    {
        Card = SwipedCredit(),
        AmountFen = 500,
        OriginalRrn = "123456789012",
        OriginalDate = "1120",
        RefundMethod = method,
    };

    public static HostRequest Balance(string pin = "654321") => Request(HostMessageKind.BalanceInquiry, trace: 5) with
    {
        Card = SwipedCredit(),
        Pin = new SecretDigits(pin),
    };

    public static HostRequest ReversalOf(HostRequest original, string reason = ReversalReasons.Timeout) =>
        Request(HostMessageKind.Reversal, trace: original.Trace) with { Reversed = original, ReversalReason = reason };
}
