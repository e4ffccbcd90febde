using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>Approved refunds (0220 / 200000): where the money goes, what is booked, what is answered.</summary>
public class RefundTests
{
    private const long MerchantOpening = 100_000_000;
    private readonly RefundFixture _f = new();

    [Fact]
    public void A_refund_back_to_the_card_puts_the_money_on_the_card_and_takes_it_from_the_merchant()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 4_000, method: "RM1"));

        answer.GetText(39).Should().Be("00");
        _f.Host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen - 10_000 + 4_000);
        _f.Simulator.MerchantBalanceFen.Should().Be(MerchantOpening - 4_000);
        _f.Simulator.Store.BalanceAccountFen(TestCardTable.Debit.Pan).Should().Be(0);
    }

    [Fact]
    public void The_approval_returns_the_merchants_balance_after_the_refund_in_field_54()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 4_000));

        answer.GetText(54).Should().Be(BalanceField.Format(MerchantOpening - 4_000)).And.Be("0002156C000099996000");
    }

    [Fact]
    public void A_refund_of_a_credit_card_sale_gives_the_limit_back()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Credit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 10_000)).Should().Be("00");
        _f.Host.Available(TestCardTable.Credit).Should().Be(TestCardTable.Credit.OpeningFen);
    }

    [Fact]
    public void A_refund_to_the_balance_account_credits_the_cardholders_balance_account_and_leaves_the_card_as_it_was()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit2, 5_000);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit2, rrn, date, 2_500, method: "RM2"));

        answer.GetText(39).Should().Be("00");
        _f.Simulator.Store.BalanceAccountFen(TestCardTable.Debit2.Pan).Should().Be(2_500);
        _f.Host.Available(TestCardTable.Debit2).Should().Be(TestCardTable.Debit2.OpeningFen - 5_000);
        _f.Simulator.MerchantBalanceFen.Should().Be(MerchantOpening - 2_500);
        answer.GetText(54).Should().Be(BalanceField.Format(MerchantOpening - 2_500));
    }

    [Fact]
    public void Balance_accounts_start_at_zero_and_add_up()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Simulator.Store.BalanceAccountFen(TestCardTable.Debit.Pan).Should().Be(0);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004", method: "RM2")).Should().Be("00");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 2_000, trace: "000005", method: "RM2")).Should().Be("00");

        _f.Simulator.Store.BalanceAccountFen(TestCardTable.Debit.Pan).Should().Be(3_000);
    }

    [Fact]
    public void The_approval_has_its_own_rrn_and_auth_code_and_echoes_the_refund_like_a_sale_answer()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 4_000, trace: "000004"));

        answer.Mti.Should().Be("0230");
        answer.GetText(37).Should().Be("261122000003").And.NotBe(rrn);
        answer.GetText(38).Should().Be("147214");
        answer.GetText(2).Should().Be(TestCardTable.Debit.Pan);
        answer.GetText(3).Should().Be("200000");
        answer.GetText(4).Should().Be("000000004000");
        answer.GetText(11).Should().Be("000004");
        answer.GetText(25).Should().Be("00");
        answer.GetText(60).Should().Be("25000001000");
        answer.GetText(12).Should().Be("100000");
        answer.GetText(13).Should().Be("1122");
        answer.GetText(15).Should().Be("1122");
        answer.GetText(63).Should().Be("CUP");
        answer.Has(61).Should().BeFalse();
    }

    [Fact]
    public void An_approved_refund_is_booked_linked_to_its_sale_and_summed_on_it()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        var first = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 3_000, trace: "000004", method: "RM2"));
        _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 2_000, trace: "000005"));

        _f.Booked(rrn).RefundedFen.Should().Be(5_000);
        _f.Booked(first.GetText(37)!).Should().BeEquivalentTo(new
        {
            Kind = HostTransactionKind.Refund,
            Terminal = RefundFixture.Terminal,
            Batch = "000001",
            Trace = "000004",
            AuthCode = first.GetText(38),
            AmountFen = 3_000L,
            Pan = TestCardTable.Debit.Pan,
            OriginalRrn = rrn,
            RefundMethod = (RefundDestination?)RefundDestination.BalanceAccount,
            Voided = false,
            Reversed = false,
        });
    }

    [Fact]
    public void A_sale_made_on_another_terminal_can_be_refunded_here()
    {
        _f.Host.SignIn(terminal: "87654321");
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000, terminal: "87654321");

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 10_000)).Should().Be("00");
        _f.Host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _f.Simulator.Store.TransactionsOf(RefundFixture.Terminal).Should().ContainSingle(t => t.Kind == HostTransactionKind.Refund);
    }

    [Fact]
    public void A_sale_of_an_earlier_batch_can_be_refunded()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 10_000, batch: "000002")).Should().Be("00");
    }

    [Fact]
    public void The_whole_rest_of_a_partly_refunded_sale_can_still_be_refunded()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Credit, 10_000);
        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 3_000, trace: "000004")).Should().Be("00");
        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 5_000, trace: "000005")).Should().Be("00");

        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 2_000, trace: "000006")).Should().Be("00");
        _f.Booked(rrn).RefundedFen.Should().Be(10_000);
    }

    [Fact]
    public void The_card_may_come_as_track_2_only()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        var swiped = Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Without(2).Set(35, TestCardTable.Debit.Pan + "=29121010000000000");

        _f.Code(swiped).Should().Be("00");
    }

    [Fact]
    public void The_original_date_is_the_hosts_local_date_as_its_sale_answer_stamped_it()
    {
        // 00:30 in China is still the day before in UTC: the host's own (local) date is the one that counts.
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 11, 22, 0, 30, 0, TimeSpan.FromHours(8));
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        date.Should().Be("1122");

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, "1121", 1_000, trace: "000004")).Should().Be("25");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, "1122", 1_000, trace: "000005")).Should().Be("00");
    }

    [Fact]
    public void A_refund_whose_request_carried_a_MAC_is_answered_with_one()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        var decision = _f.Host.Respond(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Set(64, new byte[8]), RequestMac.Valid);

        decision.Mac.Should().Be(ResponseMac.Correct);
        _f.Host.Respond(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000005")).Mac.Should().Be(ResponseMac.None);
    }

    [Fact]
    public void The_approval_is_logged_with_the_card_masked()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, method: "RM2")).Should().Be("00");

        _f.Host.Log.All.Should().Contain("Refund").And.Contain("to the balance account").And.NotContain(TestCardTable.Debit.Pan);
    }
}
