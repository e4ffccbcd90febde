using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests;

public class VoidRuleTests
{
    private static readonly TerminalId Terminal = new(Requests.TerminalNumber, Requests.MerchantNumber);
    private readonly HostUnderTest _host = new();
    private readonly Iso8583Message _sale;
    private readonly Iso8583Message _saleAnswer;

    public VoidRuleTests()
    {
        _host.SignIn();
        _sale = Requests.Sale(TestCardTable.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        _saleAnswer = _host.Answer(_sale);
    }

    private AcquirerSimulator Simulator => _host.Simulator;

    private HostTransaction BookedSale => Simulator.Store.FindByRrn(_saleAnswer.GetText(37)!)!;

    [Fact]
    public void Approve_books_the_void_even_when_the_checks_would_fail_and_gives_back_the_sales_amount()
    {
        Simulator.QueueRule("approve", []);
        var wrongEverything = Requests.VoidOf(_sale, _saleAnswer).Set(4, "000000000001").Set(2, TestCardTable.Debit2.Pan).Set(37, "261122999999");

        var answer = _host.Answer(wrongEverything);

        answer.GetText(39).Should().Be("00");
        answer.GetText(37).Should().MatchRegex("^[0-9]{12}$");
        BookedSale.Voided.Should().BeTrue();
        Simulator.Store.FindByRrn(answer.GetText(37)!)!.Should().Match<HostTransaction>(v =>
            v.Kind == HostTransactionKind.Void && v.AmountFen == 5_000 && v.Pan == TestCardTable.Debit.Pan);
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _host.Available(TestCardTable.Debit2).Should().Be(TestCardTable.Debit2.OpeningFen);
    }

    [Fact]
    public void Approve_with_no_sale_to_void_answers_00_books_nothing_and_warns()
    {
        Simulator.QueueRule("approve", []);

        var answer = _host.Answer(Requests.VoidOf(_sale, _saleAnswer).Set(61, "000001000099"));

        answer.GetText(39).Should().Be("00");
        Simulator.Store.TransactionsOf(Terminal).Should().ContainSingle().Which.Voided.Should().BeFalse();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
        _host.Log.Lines.Should().Contain(line => line.Contains("no sale of batch") && line.Contains("000099"));
    }

    [Fact]
    public void Decline_answers_with_the_given_code_and_leaves_the_sale_as_it_was()
    {
        Simulator.QueueRule("decline", ["96"]);

        var answer = _host.Answer(Requests.VoidOf(_sale, _saleAnswer));

        answer.GetText(39).Should().Be("96");
        answer.Has(37).Should().BeFalse();
        BookedSale.Voided.Should().BeFalse();
        Simulator.Store.TransactionsOf(Terminal).Should().ContainSingle();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
    }

    [Fact]
    public void Timeout_stays_silent_and_the_void_is_not_processed()
    {
        Simulator.QueueRule("timeout", []);

        Simulator.Decide(Requests.VoidOf(_sale, _saleAnswer)).Should().BeOfType<HostDecision.StaySilent>();
        BookedSale.Voided.Should().BeFalse();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
    }

    [Fact]
    public void Drop_closes_the_connection_without_processing_the_void()
    {
        Simulator.QueueRule("drop", []);

        Simulator.Decide(Requests.VoidOf(_sale, _saleAnswer)).Should().BeOfType<HostDecision.DropConnection>();
        BookedSale.Voided.Should().BeFalse();
    }

    [Fact]
    public void Garbage_answers_bytes_that_are_not_a_message_without_processing_the_void()
    {
        Simulator.QueueRule("garbage", []);

        Simulator.Decide(Requests.VoidOf(_sale, _saleAnswer)).Should().BeOfType<HostDecision.SendGarbage>();
        BookedSale.Voided.Should().BeFalse();
    }

    [Fact]
    public void Bad_mac_answers_00_with_a_wrong_MAC_and_books_the_void_so_its_reversal_can_undo_it()
    {
        Simulator.QueueRule("bad-mac", []);
        var voidRequest = Requests.VoidOf(_sale, _saleAnswer).Set(64, new byte[8]);

        var respond = _host.Respond(voidRequest, RequestMac.Valid);

        respond.Should().Match<HostDecision.Respond>(r => r.ResponseCode == "00" && r.Mac == ResponseMac.Wrong);
        BookedSale.Voided.Should().BeTrue();

        _host.Answer(Requests.ReversalOf(voidRequest, reason: "A0")).GetText(39).Should().Be("00");
        BookedSale.Voided.Should().BeFalse();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
    }

    [Fact]
    public void A_sale_voided_twice_by_approve_stays_voided_until_both_voids_are_reversed()
    {
        var first = Requests.VoidOf(_sale, _saleAnswer, trace: "000003");
        var second = Requests.VoidOf(_sale, _saleAnswer, trace: "000004");
        _host.Answer(first).GetText(39).Should().Be("00");
        Simulator.QueueRule("approve", []);
        _host.Answer(second).GetText(39).Should().Be("00");

        _host.Answer(Requests.ReversalOf(second));
        BookedSale.Voided.Should().BeTrue();

        _host.Answer(Requests.ReversalOf(first));
        BookedSale.Voided.Should().BeFalse();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
    }
}
