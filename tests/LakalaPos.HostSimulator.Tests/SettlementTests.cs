using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Processing;
using LakalaPos.HostSimulator.Tests.Support;
using static LakalaPos.HostSimulator.Tests.Support.SettlementRequests;

namespace LakalaPos.HostSimulator.Tests;

public class SettlementTests
{
    private readonly RefundFixture _f = new();

    private HostUnderTest Host => _f.Host;

    private IReadOnlyList<HostSettlement> Kept => _f.Simulator.Store.SettlementsOf(RefundFixture.Terminal);

    /// <summary>Sale 100.00 standing, sale 50.00 voided, refund 20.00 of the first: debits 1 / 100.00, credits 1 / 20.00.</summary>
    private void BookTheDay()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");
        var (voided, voidedRrn, _) = _f.ApprovedSale(TestCardTable.Debit2, 5_000, trace: "000003");
        _f.Void(voided, voidedRrn, trace: "000004");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 2_000, trace: "000005")).Should().Be("00");
    }

    [Fact]
    public void Totals_that_count_the_standing_sales_as_debits_and_the_refunds_as_credits_are_balanced()
    {
        BookTheDay();
        var request = Settlement(new SettlementCounts(10_000, 1, 2_000, 1));

        var answer = Host.Answer(request);

        answer.Mti.Should().Be("0510");
        answer.GetText(39).Should().Be("00");
        answer.GetText(15).Should().Be("1122", "the settlement date is the host's MMDD");
        answer.GetText(48).Should().Be(request.GetText(48)![..30] + "1" + request.GetText(48)![31..]);
        Kept.Should().ContainSingle().Which.Should().Match<HostSettlement>(s =>
            s.Batch == Requests.Batch && s.Trace == "000050" && s.Verdict == SettlementVerdict.Balanced
            && s.TerminalTotals == new SettlementCounts(10_000, 1, 2_000, 1) && s.HostTotals == s.TerminalTotals);
    }

    [Fact]
    public void Totals_that_also_count_the_voided_sale_are_unbalanced()
    {
        BookTheDay();

        var answer = Host.Answer(Settlement(new SettlementCounts(15_000, 2, 2_000, 1)));

        answer.GetText(39).Should().Be("00");
        answer.GetText(48)![30].Should().Be('2');
        Kept.Single().HostTotals.Should().Be(new SettlementCounts(10_000, 1, 2_000, 1));
    }

    [Theory]
    [InlineData(10_000, 2, 2_000, 1)] // right amount, wrong debit count
    [InlineData(10_000, 1, 2_100, 1)] // wrong credit amount
    [InlineData(10_000, 1, 2_000, 0)] // refund missing
    public void Totals_that_differ_from_the_ledger_in_any_amount_or_count_are_unbalanced(long debitFen, int debits, long creditFen, int credits)
    {
        BookTheDay();

        Host.Answer(Settlement(new SettlementCounts(debitFen, debits, creditFen, credits))).GetText(48)![30].Should().Be('2');
        Kept.Single().Verdict.Should().Be(SettlementVerdict.Unbalanced);
    }

    [Fact]
    public void A_reversed_sale_is_not_counted()
    {
        var (sale, _, _) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");
        _f.Code(Requests.ReversalOf(sale)).Should().Be("00");

        Host.Answer(Settlement(new SettlementCounts(0, 0, 0, 0))).GetText(48)![30].Should().Be('1');
        Host.Answer(Settlement(new SettlementCounts(10_000, 1, 0, 0), trace: "000051")).GetText(48)![30].Should().Be('2');
    }

    [Fact]
    public void Another_terminals_sales_and_another_batchs_sales_are_not_counted()
    {
        Host.SignIn(terminal: "87654321");
        _f.ApprovedSale(TestCardTable.Debit, 7_000, trace: "000002", terminal: "87654321");
        _f.ApprovedSale(TestCardTable.Debit, 3_000, trace: "000002", batch: "000002");
        _f.ApprovedSale(TestCardTable.Debit, 1_000, trace: "000003");

        Host.Answer(Settlement(new SettlementCounts(1_000, 1, 0, 0))).GetText(48)![30].Should().Be('1');
        Kept.Single().HostTotals.Should().Be(new SettlementCounts(1_000, 1, 0, 0));
    }

    [Fact]
    public void A_refund_of_another_terminals_sale_counts_for_the_terminal_that_refunded()
    {
        Host.SignIn(terminal: "87654321");
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 7_000, trace: "000002", terminal: "87654321");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 7_000, trace: "000003")).Should().Be("00");

        Host.Answer(Settlement(new SettlementCounts(0, 0, 7_000, 1))).GetText(48)![30].Should().Be('1');
    }

    [Fact]
    public void Foreign_card_totals_other_than_zero_get_the_error_verdict_as_the_host_books_no_foreign_cards()
    {
        var field48 = SettlementField.Format(new SettlementCounts(0, 0, 0, 0))[..31] + "000000001000001" + new string('0', 16);

        var answer = Host.Answer(Settlement(field48));

        answer.GetText(39).Should().Be("00");
        answer.GetText(48).Should().Be(field48[..30] + "3" + field48[31..]);
        Kept.Single().Verdict.Should().Be(SettlementVerdict.Error);
    }

    [Fact]
    public void A_second_settlement_of_the_same_batch_is_compared_afresh_and_kept_too()
    {
        BookTheDay();
        Host.Answer(Settlement(new SettlementCounts(15_000, 2, 2_000, 1)));

        Host.Answer(Settlement(new SettlementCounts(10_000, 1, 2_000, 1), trace: "000051")).GetText(48)![30].Should().Be('1');

        Kept.Select(s => (s.Trace, s.Verdict)).Should().Equal(("000050", SettlementVerdict.Unbalanced), ("000051", SettlementVerdict.Balanced));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0000000010000010000000000000000000000000000000000000000000000")] // 61 digits
    [InlineData("0000000010000010000000000000000000000000000000000000000000000000")] // 64 digits
    public void Field_48_missing_or_not_62_digits_is_a_format_error_and_nothing_is_kept(string? field48)
    {
        var answer = Host.Answer(Settlement(field48 == "" ? null : field48));

        answer.GetText(39).Should().Be("30");
        answer.Has(48).Should().BeFalse();
        Kept.Should().BeEmpty();
        Host.Log.All.Should().Contain("field 48");
    }

    [Fact]
    public void A_settlement_without_batch_number_is_a_format_error()
    {
        var request = Settlement(new SettlementCounts(0, 0, 0, 0)).Without(60);

        Host.Answer(request).GetText(39).Should().Be("30");
        Kept.Should().BeEmpty();
    }

    [Fact]
    public void A_settlement_with_another_network_code_than_201_is_an_invalid_transaction()
    {
        Host.Answer(Settlement(SettlementField.Format(new SettlementCounts(0, 0, 0, 0)), networkCode: "202")).GetText(39).Should().Be("12");
        Kept.Should().BeEmpty();
    }

    [Fact]
    public void A_settlement_needs_a_sign_in_like_a_sale()
    {
        var host = new HostUnderTest();

        var answer = host.Answer(Settlement(new SettlementCounts(0, 0, 0, 0)));

        answer.GetText(39).Should().Be("A0");
        (answer.Header[2] & 0x0F).Should().Be(3);
        host.Simulator.Store.SettlementsOf(RefundFixture.Terminal).Should().BeEmpty();
    }

    [Fact]
    public void The_answer_to_a_MAC_ed_settlement_is_MAC_ed_and_a_wrong_MAC_gets_A0()
    {
        var request = Settlement(new SettlementCounts(0, 0, 0, 0)).Set(64, new byte[8]);

        Host.Respond(request, RequestMac.Valid).Mac.Should().Be(ResponseMac.Correct);
        Host.Respond(request, RequestMac.Invalid).ResponseCode.Should().Be("A0");
        Kept.Should().ContainSingle();
    }

    [Fact]
    public void Rule_decline_answers_its_code_and_keeps_nothing()
    {
        _f.Simulator.QueueRule("decline", ["96"]);

        Host.Answer(Settlement(new SettlementCounts(0, 0, 0, 0))).GetText(39).Should().Be("96");
        Kept.Should().BeEmpty();
    }

    [Fact]
    public void Rule_approve_still_reports_the_honest_verdict()
    {
        BookTheDay();
        _f.Simulator.QueueRule("approve", []);

        Host.Answer(Settlement(new SettlementCounts(1, 1, 0, 0))).GetText(48)![30].Should().Be('2');
    }

    [Fact]
    public void Rule_approve_on_an_unreadable_field_48_answers_00_with_the_error_verdict_and_keeps_nothing()
    {
        _f.Simulator.QueueRule("approve", []);

        var answer = Host.Answer(Settlement("1234"));

        answer.GetText(39).Should().Be("00");
        answer.GetText(48).Should().Be(new string('0', 30) + "3" + new string('0', 31));
        Kept.Should().BeEmpty();
    }
}
