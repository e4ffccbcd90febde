using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests.Store;

/// <summary>A simulator on a <see cref="SqliteHostStore"/> stopped and started again between two requests.</summary>
public sealed class SimulatorRestartTests : IDisposable
{
    private static readonly TerminalId Terminal = new(Requests.TerminalNumber, Requests.MerchantNumber);
    private readonly TempStoreFile _file = new();
    private readonly List<SqliteHostStore> _opened = [];

    public void Dispose()
    {
        _opened.ForEach(s => s.Dispose());
        _file.Dispose();
    }

    private HostUnderTest Start()
    {
        var store = SqliteHostStore.Open(_file.Path);
        _opened.Add(store);
        return new HostUnderTest(store: store);
    }

    private void Stop(HostUnderTest host) => ((SqliteHostStore)host.Simulator.Store).Dispose();

    private static (Iso8583Message Sale, Iso8583Message Answer) ApprovedSale(HostUnderTest host, string trace)
    {
        var sale = Requests.Sale(TestCardTable.Debit, 10_000, trace: trace, pinBlock: host.PinBlock("123456"));
        var answer = host.Answer(sale);
        answer.GetText(39).Should().Be("00");
        return (sale, answer);
    }

    [Fact]
    public void A_sale_approved_before_a_restart_is_voided_after_it_with_the_session_of_before()
    {
        var before = Start();
        before.SignIn();
        var (sale, saleAnswer) = ApprovedSale(before, "000002");
        Stop(before);

        var after = Start();
        var respond = after.Respond(Requests.VoidOf(sale, saleAnswer, trace: "000003").Set(64, new byte[8]), RequestMac.Valid);

        respond.ResponseCode.Should().Be("00");
        respond.Mac.Should().Be(ResponseMac.Correct, "the working keys of the sign-in before the restart are still the terminal's");
        respond.Answer.GetText(37).Should().Be("261122000003", "the sequence goes on: sign-in 1, sale 2, void 3");
        after.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        after.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Voided.Should().BeTrue();
    }

    [Fact]
    public void The_sequence_continues_after_a_restart_so_no_RRN_is_issued_twice()
    {
        var before = Start();
        before.SignIn();
        ApprovedSale(before, "000002");
        Stop(before);

        var after = Start();
        ApprovedSale(after, "000003");
        after.SignIn();
        ApprovedSale(after, "000004");

        var rrns = after.Simulator.Store.TransactionsOf(Terminal).Select(t => t.Rrn).ToList();
        rrns.Should().Equal("261122000002", "261122000003", "261122000005");
        after.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 30_000, "the opening balance is not given again");
    }

    [Fact]
    public void A_terminal_settles_after_a_restart_against_the_ledger_of_before()
    {
        var before = Start();
        before.SignIn();
        ApprovedSale(before, "000002");
        Stop(before);

        var after = Start();
        var answer = after.Answer(SettlementRequests.Settlement(new SettlementCounts(10_000, 1, 0, 0)));

        answer.GetText(48)![30].Should().Be('1');
        after.Simulator.Store.SettlementsOf(Terminal).Should().ContainSingle();
    }
}
