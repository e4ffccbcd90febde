using LakalaPos.Iso8583.Cards;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>Requests as a UnionPay terminal builds them (host-protocol.md, Messages).</summary>
public static class Requests
{
    public const string TerminalNumber = "12345678";
    public const string MerchantNumber = "898100012340001";
    public const string Batch = "000001";

    public static Iso8583Message SignIn(string trace = "000001", string terminal = TerminalNumber, string merchant = MerchantNumber) =>
        Base("0800", trace, terminal, merchant).Set(60, "00" + Batch + "003").Set(63, "01 ");

    public static Iso8583Message Sale(
        TestCardSpec card, long amountFen, string trace = "000002", string entryMode = "021", byte[]? pinBlock = null,
        string batch = Batch, string terminal = TerminalNumber, string merchant = MerchantNumber)
    {
        var request = Base("0200", trace, terminal, merchant)
            .Set(2, card.Pan).Set(3, "000000").Set(4, amountFen.ToString("D12"))
            .Set(14, card.ExpiryYyMm).Set(22, entryMode).Set(25, "00").Set(49, "156")
            .Set(60, "22" + batch + "000" + (entryMode.StartsWith("07") ? "6" : "5"));
        if (pinBlock is not null)
            request.Set(26, "12").Set(52, pinBlock).Set(53, "2600000000000000");
        return request;
    }

    /// <summary>
    /// A void as the terminal builds it for an approved sale: the sale's card and full amount, its
    /// own trace, the current batch in 60.2, the sale's RRN and auth code in 37/38 and its batch
    /// and trace in 61. Swiped (022) unless a PIN block is given (021 with 26/52/53).
    /// </summary>
    public static Iso8583Message VoidOf(
        Iso8583Message sale, Iso8583Message saleAnswer, string trace = "000003", byte[]? pinBlock = null, string batch = Batch)
    {
        var request = Base("0200", trace, sale.GetText(41)!, sale.GetText(42)!)
            .Set(2, sale.GetText(2)!).Set(3, "200000").Set(4, sale.GetText(4)!)
            .Set(14, sale.GetText(14)!).Set(22, pinBlock is null ? "022" : "021").Set(25, "00")
            .Set(37, saleAnswer.GetText(37)!).Set(38, saleAnswer.GetText(38)!).Set(49, "156")
            .Set(60, "23" + batch + "000")
            .Set(61, sale.GetText(60)!.Substring(2, 6) + sale.GetText(11));
        if (pinBlock is not null)
            request.Set(26, "12").Set(52, pinBlock).Set(53, "2600000000000000");
        return request;
    }

    /// <summary>
    /// A refund (0220) as the terminal builds it: the card presented (swiped, no PIN), the refund
    /// amount, its own trace, the current batch in 60.2, the original's RRN in 37 and date in 61.3,
    /// the method in 63 (RM1 back to the card, RM2 to the balance account).
    /// </summary>
    public static Iso8583Message Refund(
        TestCardSpec card, string originalRrn, string originalDateMmdd, long amountFen, string trace = "000004", string method = "RM1",
        string batch = Batch, string terminal = TerminalNumber, string merchant = MerchantNumber) =>
        Base("0220", trace, terminal, merchant)
            .Set(2, card.Pan).Set(3, "200000").Set(4, amountFen.ToString("D12"))
            .Set(14, card.ExpiryYyMm).Set(22, "022").Set(25, "00").Set(37, originalRrn).Set(49, "156")
            .Set(60, "25" + batch + "000").Set(61, "000000" + "000000" + originalDateMmdd).Set(63, method);

    public static Iso8583Message Balance(TestCardSpec card, string trace = "000003", string entryMode = "021", byte[]? pinBlock = null)
    {
        var request = Base("0200", trace, TerminalNumber, MerchantNumber)
            .Set(2, card.Pan).Set(3, "310000").Set(14, card.ExpiryYyMm).Set(22, entryMode).Set(25, "00").Set(49, "156")
            .Set(60, "01" + Batch + "000");
        if (pinBlock is not null)
            request.Set(26, "12").Set(52, pinBlock).Set(53, "2600000000000000");
        return request;
    }

    /// <summary>A copy of the sale less 35/36/52/53/26, with the reason in 39.</summary>
    public static Iso8583Message ReversalOf(Iso8583Message sale, string reason = "98")
    {
        var reversal = new Iso8583Message("0400") { Tpdu = sale.Tpdu, Header = sale.Header };
        foreach (var field in sale.FieldNumbers.Except([26, 35, 36, 52, 53, 64]))
        {
            if (sale.GetText(field) is { } text)
                reversal.Set(field, text);
            else
                reversal.Set(field, sale.GetBinary(field)!);
        }
        return reversal.Set(39, reason);
    }

    public static Iso8583Message EchoTest(string trace = "000009") =>
        Base("0820", trace, TerminalNumber, MerchantNumber).Set(60, "00" + Batch + "301");

    public static Iso8583Message SignOut(string trace = "000009") =>
        Base("0820", trace, TerminalNumber, MerchantNumber).Set(60, "00" + Batch + "002");

    internal static Iso8583Message Base(string mti, string trace, string terminal, string merchant) =>
        new Iso8583Message(mti)
        {
            Tpdu = [0x60, 0x00, 0x03, 0x00, 0x00],
            Header = [0x60, 0x31, 0x00, 0x31, 0x00, 0x00],
        }.Set(11, trace).Set(41, terminal).Set(42, merchant);
}
