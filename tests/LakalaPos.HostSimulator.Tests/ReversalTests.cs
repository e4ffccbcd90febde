using LakalaPos.HostSimulator.Cards;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class ReversalTests
{
    private readonly HostUnderTest _host = new();

    public ReversalTests() => _host.SignIn();

    [Fact]
    public void A_reversal_of_a_booked_sale_gives_the_money_back_and_marks_it_reversed()
    {
        var sale = Requests.Sale(TestCards.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        var rrn = _host.Answer(sale).GetText(37)!;

        var answer = _host.Answer(Requests.ReversalOf(sale, reason: "98"));

        answer.Mti.Should().Be("0410");
        answer.GetText(39).Should().Be("00");
        _host.Available(TestCards.Debit).Should().Be(TestCards.Debit.OpeningFen);
        _host.Simulator.Store.FindByRrn(rrn)!.Reversed.Should().BeTrue();
    }

    [Fact]
    public void A_second_reversal_of_the_same_sale_gives_nothing_back_twice()
    {
        var sale = Requests.Sale(TestCards.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        _host.Answer(sale);
        _host.Answer(Requests.ReversalOf(sale));

        _host.Answer(Requests.ReversalOf(sale)).GetText(39).Should().Be("00");
        _host.Available(TestCards.Debit).Should().Be(TestCards.Debit.OpeningFen);
    }

    [Fact]
    public void A_reversal_of_a_sale_the_host_never_booked_is_answered_00_so_the_terminal_can_clear_it()
    {
        var sale = Requests.Sale(TestCards.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));

        _host.Answer(Requests.ReversalOf(sale)).GetText(39).Should().Be("00");
        _host.Available(TestCards.Debit).Should().Be(TestCards.Debit.OpeningFen);
    }

    [Fact]
    public void After_a_reversal_the_same_trace_is_no_longer_a_duplicate()
    {
        var sale = Requests.Sale(TestCards.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"));
        _host.Answer(sale);
        _host.Answer(Requests.ReversalOf(sale));

        _host.Answer(Requests.Sale(TestCards.Debit, 5_000, trace: "000002", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("00");
    }
}
