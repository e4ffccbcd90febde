using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class SaleTests
{
    private static readonly TerminalId Terminal = new(Requests.TerminalNumber, Requests.MerchantNumber);
    private readonly HostUnderTest _host = new();

    public SaleTests() => _host.SignIn();

    [Fact]
    public void A_good_sale_is_approved_with_rrn_and_auth_code_and_debits_the_account()
    {
        var answer = _host.Answer(Requests.Sale(TestCardTable.Debit, 12_345, trace: "000002", pinBlock: _host.PinBlock("123456")));

        answer.Mti.Should().Be("0210");
        answer.GetText(39).Should().Be("00");
        answer.GetText(37).Should().MatchRegex("^[0-9]{12}$");
        answer.GetText(38).Should().MatchRegex("^[0-9A-Z]{6}$");
        _host.Available(TestCardTable.Debit).Should().Be(10_000_000 - 12_345);
    }

    [Fact]
    public void An_approved_sale_is_booked_in_the_ledger_with_what_void_and_refund_need()
    {
        var answer = _host.Answer(Requests.Sale(TestCardTable.Debit, 12_345, trace: "000002", pinBlock: _host.PinBlock("123456")));

        var booked = _host.Simulator.Store.TransactionsOf(Terminal).Should().ContainSingle().Subject;
        booked.Should().BeEquivalentTo(new
        {
            Kind = HostTransactionKind.Sale,
            Batch = "000001",
            Trace = "000002",
            Rrn = answer.GetText(37),
            AuthCode = answer.GetText(38),
            AmountFen = 12_345L,
            Pan = TestCardTable.Debit.Pan,
            Voided = false,
            Reversed = false,
            RefundedFen = 0L,
        });
        booked.HostDateMmdd.Should().Be("1122");
        _host.Simulator.Store.FindByRrn(answer.GetText(37)!).Should().Be(booked);
    }

    [Fact]
    public void The_approval_echoes_the_request_and_adds_host_time_settlement_date_and_card_organisation()
    {
        var answer = _host.Answer(Requests.Sale(TestCardTable.Debit, 12_345, trace: "000002", pinBlock: _host.PinBlock("123456")));

        answer.GetText(2).Should().Be(TestCardTable.Debit.Pan);
        answer.GetText(3).Should().Be("000000");
        answer.GetText(4).Should().Be("000000012345");
        answer.GetText(11).Should().Be("000002");
        answer.GetText(25).Should().Be("00");
        answer.GetText(49).Should().Be("156");
        answer.GetText(60).Should().Be("22000001000" + "5");
        answer.GetText(12).Should().Be("100000");
        answer.GetText(13).Should().Be("1122");
        answer.GetText(15).Should().Be("1122");
        answer.GetText(63).Should().Be("CUP");
        answer.Has(52).Should().BeFalse("the PIN block never travels back");
        answer.Has(14).Should().BeFalse();
    }

    [Fact]
    public void Rrn_and_auth_code_follow_the_hosts_sequence_so_replays_are_repeatable()
    {
        // the sign-in took sequence 1
        var first = _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", pinBlock: _host.PinBlock("123456")));
        var second = _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000003", pinBlock: _host.PinBlock("123456")));

        first.GetText(37).Should().Be("261122000002");
        second.GetText(37).Should().Be("261122000003");
        first.GetText(38).Should().Be("139295");
        second.GetText(38).Should().Be("147214");
    }

    [Fact]
    public void An_unknown_card_is_declined_14()
    {
        var stranger = TestCardTable.Debit with { Pan = "6222999999999999999" };

        _host.Answer(Requests.Sale(stranger, 100, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("14");
    }

    [Fact]
    public void Without_field_2_the_card_is_read_from_track_2()
    {
        var sale = Requests.Sale(TestCardTable.Debit2, 100, pinBlock: _host.PinBlock("123456"));
        sale.Remove(2);
        sale.Remove(14);
        sale.Set(35, TestCardTable.Debit2.Pan + "=" + TestCardTable.Debit2.ExpiryYyMm + "1010000000000");

        _host.Answer(sale).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.Debit2).Should().Be(500_000 - 100);
    }

    [Fact]
    public void An_expired_card_is_declined_54()
    {
        _host.Answer(Requests.Sale(TestCardTable.Expired, 100, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("54");
        _host.Available(TestCardTable.Expired).Should().Be(TestCardTable.Expired.OpeningFen);
    }

    [Fact]
    public void The_issuers_record_of_the_expiry_counts_even_when_the_terminal_sends_a_later_one()
    {
        var sale = Requests.Sale(TestCardTable.Expired, 100, pinBlock: _host.PinBlock("123456")).Set(14, "2912");

        _host.Answer(sale).GetText(39).Should().Be("54");
    }

    [Fact]
    public void An_expiry_read_from_the_card_that_has_passed_is_declined_54()
    {
        var sale = Requests.Sale(TestCardTable.Debit, 100, pinBlock: _host.PinBlock("123456")).Set(14, "2610");

        _host.Answer(sale).GetText(39).Should().Be("54");
    }

    [Fact]
    public void A_card_is_good_through_the_last_day_of_its_expiry_month()
    {
        var expiresThisMonth = TestCardTable.Debit with { Name = "thismonth", Pan = "6222020200112233453", ExpiryYyMm = "2611" };
        var host = new HostUnderTest(new SimulatorSettings { Cards = [expiresThisMonth] });
        host.SignIn();

        host.Answer(Requests.Sale(expiresThisMonth, 100, trace: "000002", pinBlock: host.PinBlock("123456"))).GetText(39).Should().Be("00");

        host.Clock.LocalNow = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));
        host.Answer(Requests.Sale(expiresThisMonth, 100, trace: "000003", pinBlock: host.PinBlock("123456"))).GetText(39).Should().Be("54");
    }

    [Fact]
    public void A_zero_amount_is_declined_13()
    {
        _host.Answer(Requests.Sale(TestCardTable.Debit, 0, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("13");
    }

    [Fact]
    public void A_sale_above_the_balance_is_declined_51_and_the_balance_is_untouched()
    {
        _host.Answer(Requests.Sale(TestCardTable.LowBalance, 1_001, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("51");
        _host.Available(TestCardTable.LowBalance).Should().Be(1_000);
    }

    [Fact]
    public void A_sale_of_exactly_the_balance_is_approved_and_empties_the_account()
    {
        _host.Answer(Requests.Sale(TestCardTable.LowBalance, 1_000, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("00");
        _host.Available(TestCardTable.LowBalance).Should().Be(0);
    }

    [Fact]
    public void A_credit_card_sale_draws_on_its_limit_and_is_declined_51_above_what_is_left()
    {
        _host.Answer(Requests.Sale(TestCardTable.Credit, 4_000_000, trace: "000002", pinBlock: _host.PinBlock("654321"))).GetText(39).Should().Be("00");

        _host.Answer(Requests.Sale(TestCardTable.Credit, 1_000_001, trace: "000003", pinBlock: _host.PinBlock("654321"))).GetText(39).Should().Be("51");
        _host.Available(TestCardTable.Credit).Should().Be(1_000_000);
    }

    [Fact]
    public void The_same_trace_in_the_same_batch_again_is_a_duplicate_94_and_is_not_debited_twice()
    {
        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("00");

        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("94");
        _host.Available(TestCardTable.Debit).Should().Be(10_000_000 - 100);
    }

    [Fact]
    public void The_same_trace_in_another_batch_or_from_another_terminal_is_not_a_duplicate()
    {
        _host.SignIn(terminal: "87654321");
        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("00");

        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", batch: "000002", pinBlock: _host.PinBlock("123456")))
            .GetText(39).Should().Be("00");
        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", terminal: "87654321", pinBlock: _host.PinBlock("123456", "87654321")))
            .GetText(39).Should().Be("00");
    }

    [Fact]
    public void A_declined_sale_carries_no_rrn_or_auth_code_and_books_nothing()
    {
        var answer = _host.Answer(Requests.Sale(TestCardTable.LowBalance, 5_000, pinBlock: _host.PinBlock("123456")));

        answer.Has(37).Should().BeFalse();
        answer.Has(38).Should().BeFalse();
        _host.Simulator.Store.TransactionsOf(Terminal).Should().BeEmpty();
    }
}
