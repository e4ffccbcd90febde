using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>A signed-in terminal that makes sales and refunds them, for the refund tests.</summary>
public sealed class RefundFixture
{
    public static readonly TerminalId Terminal = new(Requests.TerminalNumber, Requests.MerchantNumber);

    public RefundFixture() => Host.SignIn();

    public HostUnderTest Host { get; } = new();

    public AcquirerSimulator Simulator => Host.Simulator;

    /// <summary>An approved PIN sale; returns its request, RRN and host date (MMDD) as the terminal keeps them.</summary>
    public (Iso8583Message Sale, string Rrn, string Date) ApprovedSale(
        TestCardSpec card, long amountFen, string trace = "000002", string terminal = Requests.TerminalNumber, string batch = Requests.Batch)
    {
        var pin = card == TestCardTable.Credit ? "654321" : "123456";
        var sale = Requests.Sale(card, amountFen, trace: trace, terminal: terminal, pinBlock: Host.PinBlock(pin, terminal), batch: batch);
        var answer = Host.Answer(sale);
        answer.GetText(39).Should().Be("00");
        return (sale, answer.GetText(37)!, answer.GetText(13)!);
    }

    /// <summary>Voids the sale (as its terminal would, with the RRN and auth code its answer carried).</summary>
    public void Void(Iso8583Message sale, string rrn, string trace = "000003")
    {
        var saleAnswer = new Iso8583Message("0210").Set(37, rrn).Set(38, Booked(rrn).AuthCode);
        Code(Requests.VoidOf(sale, saleAnswer, trace: trace)).Should().Be("00");
    }

    public string Code(Iso8583Message request) => Host.Answer(request).GetText(39)!;

    public HostTransaction Booked(string rrn) => Simulator.Store.FindByRrn(rrn)!;
}
