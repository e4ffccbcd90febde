using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links.Fuzz;

/// <summary>
/// One kind of answer the terminal can receive: the request that asks for it, the approved answer
/// a UnionPay host gives, and the fields that decide it (the rest may be garbled without harm).
/// </summary>
/// <param name="Essential">Fields the terminal must read to act on the answer: 11, 39, and 64, 62 or 48 where they count.</param>
internal sealed record AnswerCase(string Name, HostRequest Request, bool SignedIn, Action<Iso8583Message> Extra, int[] Essential)
{
    private static readonly int[] Echoed = [2, 3, 4, 11, 25, 41, 42, 49, 60];

    public bool IsEssential(int field) => Essential.Contains(field);

    /// <summary>An answer to a MACed request: its field 64 decides an approval.</summary>
    public bool IsMaced => Essential.Contains(64);

    /// <summary>The approved answer to <paramref name="request"/> as the host received it; MACed when the request was.</summary>
    public byte[] ApprovedAnswer(Iso8583Message request)
    {
        var answer = new Iso8583Message(MessageCodes.AnswerTo(request.Mti))
        {
            Tpdu = [request.Tpdu[0], request.Tpdu[3], request.Tpdu[4], request.Tpdu[1], request.Tpdu[2]],
        };
        foreach (var field in Echoed)
        {
            if (request.GetText(field) is { } value)
                answer.Set(field, value);
        }
        answer.Set(12, "100001").Set(13, "1122").Set(39, "00");
        Extra(answer);
        return request.Has(64)
            ? Iso8583Codec.EncodeWithMac(answer, data => FakeCrypto.Mac(data, FakeCrypto.MacKey))
            : Iso8583Codec.Encode(answer);
    }

    public override string ToString() => Name;

    private static readonly int[] Macked = [11, 39, 64];

    private static void Financial(Iso8583Message answer) =>
        answer.Set(15, "1122").Set(37, "261122000002").Set(38, "123457").Set(63, "CUP交易成功");

    public static readonly IReadOnlyList<AnswerCase> All =
    [
        new("0810 sign-in", SignIn(), SignedIn: false,
            a => a.Set(37, "261122000001").Set(62, FakeCrypto.Field62), [11, 39, 62]),
        new("0830 echo test", TestData.Request(HostMessageKind.EchoTest), SignedIn: true, _ => { }, [11, 39]),
        new("0830 sign-out", TestData.Request(HostMessageKind.SignOut), SignedIn: true, _ => { }, [11, 39]),
        new("0210 sale", Sale(InsertedDebit()), SignedIn: true, Financial, Macked),
        new("0210 void", Void(InsertedDebit()), SignedIn: true, Financial, Macked),
        new("0210 balance inquiry", Balance(), SignedIn: true,
            a => a.Set(15, "1122").Set(37, "261122000003").Set(54, "0002156C000010000000").Set(63, "CUP可用余额"), Macked),
        new("0230 refund", Refund(), SignedIn: true, a => { Financial(a); a.Set(54, "0002156C000099995000"); }, Macked),
        new("0410 reversal", ReversalOf(Sale(InsertedDebit())), SignedIn: true, a => a.Set(15, "1122"), Macked),
        new("0510 settlement", TestData.Request(HostMessageKind.Settlement, trace: 9) with { Totals = new SettlementTotals(123456, 7, 5000, 2) },
            SignedIn: true,
            a => a.Set(15, "1122").Set(48, SettlementField.WithVerdict(SettlementField.Format(new SettlementCounts(123456, 7, 5000, 2)), SettlementVerdict.Balanced)),
            [11, 39, 48, 64]),
        new("0330 batch upload", TestData.Request(HostMessageKind.BatchUpload, trace: 10) with
            {
                UploadEntries = [.. Enumerable.Range(1, 8).Select(i => new BatchUploadEntry(i, DebitPan, 100 * i, TransactionType.Sale))],
                UploadIsLast = true,
            },
            SignedIn: true, _ => { }, Macked),
    ];

    public static AnswerCase Named(string name) => All.Single(c => c.Name == name);
}
