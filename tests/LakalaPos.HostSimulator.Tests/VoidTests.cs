using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests;

public class VoidTests
{
    private static readonly TerminalId Terminal = new(Requests.TerminalNumber, Requests.MerchantNumber);
    private readonly HostUnderTest _host = new();

    public VoidTests() => _host.SignIn();

    private (Iso8583Message Sale, Iso8583Message Answer) ApprovedSale(TestCardSpec card, long amountFen, string trace = "000002", string pin = "123456")
    {
        var sale = Requests.Sale(card, amountFen, trace: trace, pinBlock: _host.PinBlock(pin));
        var answer = _host.Answer(sale);
        answer.GetText(39).Should().Be("00");
        return (sale, answer);
    }

    private string Code(Iso8583Message request) => _host.Answer(request).GetText(39)!;

    [Fact]
    public void A_void_of_an_approved_sale_is_approved_and_puts_the_money_back()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 12_345);

        var answer = _host.Answer(Requests.VoidOf(sale, saleAnswer));

        answer.GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void A_void_of_a_credit_card_sale_gives_the_limit_back()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Credit, 4_000_000, pin: "654321");

        Code(Requests.VoidOf(sale, saleAnswer)).Should().Be("00");
        _host.Available(TestCardTable.Credit).Should().Be(TestCardTable.Credit.OpeningFen);
    }

    [Fact]
    public void The_approval_has_its_own_rrn_and_auth_code_and_echoes_the_void_like_a_sale_answer()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 12_345);

        var answer = _host.Answer(Requests.VoidOf(sale, saleAnswer, trace: "000003"));

        answer.Mti.Should().Be("0210");
        answer.GetText(37).Should().Be("261122000003").And.NotBe(saleAnswer.GetText(37));
        answer.GetText(38).Should().Be("147214").And.NotBe(saleAnswer.GetText(38));
        answer.GetText(2).Should().Be(TestCardTable.Debit.Pan);
        answer.GetText(3).Should().Be("200000");
        answer.GetText(4).Should().Be("000000012345");
        answer.GetText(11).Should().Be("000003");
        answer.GetText(60).Should().Be("23000001000");
        answer.GetText(13).Should().Be("1122");
        answer.GetText(15).Should().Be("1122");
        answer.GetText(63).Should().Be("CUP");
    }

    [Fact]
    public void An_approved_void_is_booked_linked_to_its_sale_and_the_sale_is_marked_voided()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 12_345);

        var answer = _host.Answer(Requests.VoidOf(sale, saleAnswer, trace: "000003"));

        var store = _host.Simulator.Store;
        store.FindByRrn(saleAnswer.GetText(37)!)!.Voided.Should().BeTrue();
        store.FindByRrn(answer.GetText(37)!).Should().BeEquivalentTo(new
        {
            Kind = HostTransactionKind.Void,
            Batch = "000001",
            Trace = "000003",
            AuthCode = answer.GetText(38),
            AmountFen = 12_345L,
            Pan = TestCardTable.Debit.Pan,
            OriginalRrn = saleAnswer.GetText(37),
            Voided = false,
            Reversed = false,
        });
    }

    [Fact]
    public void A_void_naming_no_booked_sale_is_declined_25()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer).Set(61, "000001" + "000099")).Should().Be("25");
        Code(Requests.VoidOf(sale, saleAnswer).Set(61, "000002" + "000002")).Should().Be("25");
        Code(Requests.VoidOf(sale, saleAnswer).Without(61)).Should().Be("25");
    }

    [Fact]
    public void A_void_of_another_terminals_sale_is_declined_25_and_that_sale_stays()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);
        _host.SignIn(terminal: "87654321");
        var fromOtherTerminal = Requests.VoidOf(sale, saleAnswer).Set(41, "87654321");

        Code(fromOtherTerminal).Should().Be("25");
        _host.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Voided.Should().BeFalse();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 100);
    }

    [Fact]
    public void A_void_whose_rrn_is_not_the_sales_is_declined_25()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer).Set(37, "261122999999")).Should().Be("25");
        Code(Requests.VoidOf(sale, saleAnswer).Without(37)).Should().Be("25");
    }

    [Fact]
    public void A_void_whose_auth_code_is_not_the_sales_is_declined_25()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer).Set(38, "000000")).Should().Be("25");
        Code(Requests.VoidOf(sale, saleAnswer).Without(38)).Should().Be("25");
    }

    [Fact]
    public void A_void_of_a_reversed_sale_is_declined_25_because_the_sale_no_longer_exists()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);
        _host.Answer(Requests.ReversalOf(sale));

        Code(Requests.VoidOf(sale, saleAnswer)).Should().Be("25");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void A_second_void_of_the_same_sale_is_declined_12_and_gives_nothing_back_twice()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);
        Code(Requests.VoidOf(sale, saleAnswer, trace: "000003")).Should().Be("00");

        Code(Requests.VoidOf(sale, saleAnswer, trace: "000004")).Should().Be("12");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void The_same_void_sent_again_after_its_approval_is_a_duplicate_94_not_12()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);
        Code(Requests.VoidOf(sale, saleAnswer, trace: "000003")).Should().Be("00");

        Code(Requests.VoidOf(sale, saleAnswer, trace: "000003")).Should().Be("94");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void A_void_for_another_amount_than_the_sales_is_declined_64()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 12_345);

        Code(Requests.VoidOf(sale, saleAnswer).Set(4, "000000012344")).Should().Be("64");
        Code(Requests.VoidOf(sale, saleAnswer).Set(4, "000000012346")).Should().Be("64");
        _host.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Voided.Should().BeFalse();
    }

    [Fact]
    public void A_void_without_a_readable_amount_is_declined_13()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 12_345);

        Code(Requests.VoidOf(sale, saleAnswer).Without(4)).Should().Be("13");
        Code(Requests.VoidOf(sale, saleAnswer).Set(4, "000000000000")).Should().Be("13");
    }

    [Fact]
    public void A_void_with_another_card_than_the_sales_is_declined_14()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer).Set(2, TestCardTable.Debit2.Pan)).Should().Be("14");
        Code(Requests.VoidOf(sale, saleAnswer).Without(2)).Should().Be("14");
        _host.Available(TestCardTable.Debit2).Should().Be(TestCardTable.Debit2.OpeningFen);
    }

    [Fact]
    public void The_card_of_a_void_may_come_from_track_2()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);
        var swiped = Requests.VoidOf(sale, saleAnswer).Without(2).Without(14)
            .Set(35, TestCardTable.Debit.Pan + "=" + TestCardTable.Debit.ExpiryYyMm + "1010000000000");

        Code(swiped).Should().Be("00");
    }

    [Fact]
    public void A_void_with_the_journals_card_number_keyed_and_no_track_is_approved()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);
        var fromJournal = Requests.VoidOf(sale, saleAnswer).Without(14).Set(22, "012");

        Code(fromJournal).Should().Be("00");
    }

    [Fact]
    public void The_amount_is_judged_before_the_card()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer).Set(4, "000000000200").Set(2, TestCardTable.Debit2.Pan)).Should().Be("64");
    }

    [Fact]
    public void A_void_with_the_right_PIN_is_approved()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer, pinBlock: _host.PinBlock("123456"))).Should().Be("00");
    }

    [Fact]
    public void A_void_with_a_wrong_PIN_is_declined_55_and_the_third_wrong_one_75()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer, trace: "000003", pinBlock: _host.PinBlock("111111"))).Should().Be("55");
        Code(Requests.VoidOf(sale, saleAnswer, trace: "000004", pinBlock: _host.PinBlock("111111"))).Should().Be("55");
        Code(Requests.VoidOf(sale, saleAnswer, trace: "000005", pinBlock: _host.PinBlock("111111"))).Should().Be("75");
        Code(Requests.VoidOf(sale, saleAnswer, trace: "000006", pinBlock: _host.PinBlock("123456"))).Should().Be("75");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 100);
    }

    [Fact]
    public void A_void_that_says_a_PIN_was_entered_but_carries_none_is_declined_55()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        Code(Requests.VoidOf(sale, saleAnswer).Set(22, "021")).Should().Be("55");
    }

    [Fact]
    public void A_declined_void_carries_no_rrn_or_auth_code_and_books_nothing()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        var answer = _host.Answer(Requests.VoidOf(sale, saleAnswer).Set(4, "000000000001"));

        answer.Has(37).Should().BeFalse();
        answer.Has(38).Should().BeFalse();
        _host.Simulator.Store.TransactionsOf(Terminal).Should().ContainSingle().Which.Kind.Should().Be(HostTransactionKind.Sale);
    }

    [Fact]
    public void A_void_with_a_MAC_gets_a_MACed_answer_and_one_with_a_wrong_MAC_is_answered_A0()
    {
        var (sale, saleAnswer) = ApprovedSale(TestCardTable.Debit, 100);

        _host.Respond(Requests.VoidOf(sale, saleAnswer, trace: "000003").Set(64, new byte[8]), RequestMac.Invalid)
            .Should().Match<HostDecision.Respond>(r => r.ResponseCode == "A0" && r.Mac == ResponseMac.None);
        _host.Respond(Requests.VoidOf(sale, saleAnswer, trace: "000004").Set(64, new byte[8]), RequestMac.Valid)
            .Should().Match<HostDecision.Respond>(r => r.ResponseCode == "00" && r.Mac == ResponseMac.Correct);
    }
}
