using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests;

public class ReversalTests
{
    private readonly HostUnderTest _host = new();

    public ReversalTests() => _host.SignIn();

    [Fact]
    public void A_reversal_of_a_booked_sale_gives_the_money_back_and_marks_it_reversed()
    {
        var sale = Requests.Sale(TestCardTable.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        var rrn = _host.Answer(sale).GetText(37)!;

        var answer = _host.Answer(Requests.ReversalOf(sale, reason: "98"));

        answer.Mti.Should().Be("0410");
        answer.GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _host.Simulator.Store.FindByRrn(rrn)!.Reversed.Should().BeTrue();
    }

    [Fact]
    public void A_second_reversal_of_the_same_sale_gives_nothing_back_twice()
    {
        var sale = Requests.Sale(TestCardTable.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        _host.Answer(sale);
        _host.Answer(Requests.ReversalOf(sale));

        _host.Answer(Requests.ReversalOf(sale)).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void A_reversal_of_a_sale_the_host_never_booked_is_answered_00_so_the_terminal_can_clear_it()
    {
        var sale = Requests.Sale(TestCardTable.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));

        _host.Answer(Requests.ReversalOf(sale)).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void After_a_reversal_the_same_trace_is_no_longer_a_duplicate()
    {
        var sale = Requests.Sale(TestCardTable.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        _host.Answer(sale);
        _host.Answer(Requests.ReversalOf(sale));

        _host.Answer(Requests.Sale(TestCardTable.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("00");
    }

    [Fact]
    public void A_reversal_of_an_approved_void_takes_the_money_again_and_the_sale_stands_again()
    {
        var (sale, saleAnswer) = ApprovedSale(5_000);
        var voidRequest = Requests.VoidOf(sale, saleAnswer, trace: "000003");
        var voidRrn = _host.Answer(voidRequest).GetText(37)!;
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);

        var answer = _host.Answer(Requests.ReversalOf(voidRequest, reason: "98"));

        answer.Mti.Should().Be("0410");
        answer.GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
        _host.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Should().Match<HostTransaction>(s => !s.Voided && !s.Reversed);
        _host.Simulator.Store.FindByRrn(voidRrn)!.Reversed.Should().BeTrue();
    }

    [Fact]
    public void A_second_reversal_of_the_same_void_takes_the_money_only_once()
    {
        var (sale, saleAnswer) = ApprovedSale(5_000);
        var voidRequest = Requests.VoidOf(sale, saleAnswer, trace: "000003");
        _host.Answer(voidRequest);
        _host.Answer(Requests.ReversalOf(voidRequest));

        _host.Answer(Requests.ReversalOf(voidRequest)).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
    }

    [Fact]
    public void After_its_void_is_reversed_the_sale_can_be_voided_again()
    {
        var (sale, saleAnswer) = ApprovedSale(5_000);
        var voidRequest = Requests.VoidOf(sale, saleAnswer, trace: "000003");
        _host.Answer(voidRequest);
        _host.Answer(Requests.ReversalOf(voidRequest));

        _host.Answer(Requests.VoidOf(sale, saleAnswer, trace: "000004")).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void A_reversal_of_a_void_the_host_never_saw_is_answered_00_and_changes_nothing()
    {
        var (sale, saleAnswer) = ApprovedSale(5_000);

        _host.Answer(Requests.ReversalOf(Requests.VoidOf(sale, saleAnswer, trace: "000003"))).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
        _host.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Should().Match<HostTransaction>(s => !s.Voided && !s.Reversed);
    }

    [Fact]
    public void A_reversal_of_a_declined_void_is_answered_00_and_changes_nothing()
    {
        var (sale, saleAnswer) = ApprovedSale(5_000);
        var declined = Requests.VoidOf(sale, saleAnswer, trace: "000003").Set(4, "000000000001");
        _host.Answer(declined).GetText(39).Should().Be("64");

        _host.Answer(Requests.ReversalOf(declined)).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
        _host.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Should().Match<HostTransaction>(s => !s.Voided && !s.Reversed);
    }

    [Fact]
    public void A_reversal_of_a_sale_a_void_already_undid_gives_nothing_back_twice()
    {
        var (sale, saleAnswer) = ApprovedSale(5_000);
        _host.Answer(Requests.VoidOf(sale, saleAnswer, trace: "000003"));

        _host.Answer(Requests.ReversalOf(sale)).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _host.Simulator.Store.FindByRrn(saleAnswer.GetText(37)!)!.Should().Match<HostTransaction>(s => s.Voided && !s.Reversed);
    }

    [Fact]
    public void A_reversal_whose_processing_code_names_another_kind_than_the_booked_entry_undoes_nothing()
    {
        var (sale, _) = ApprovedSale(5_000);

        _host.Answer(Requests.ReversalOf(sale).Set(3, "200000")).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 5_000);
    }

    private (Iso8583Message Sale, Iso8583Message Answer) ApprovedSale(long amountFen)
    {
        var sale = Requests.Sale(TestCardTable.Debit, amountFen, trace: "000002", pinBlock: _host.PinBlock("123456"));
        return (sale, _host.Answer(sale));
    }
}
