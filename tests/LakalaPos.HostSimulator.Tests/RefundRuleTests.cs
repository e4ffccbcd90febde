using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>Rules on refunds, refunds never reversed, and how refunds meet voids and sale reversals.</summary>
public class RefundRuleTests
{
    private const long MerchantOpening = 100_000_000;
    private readonly RefundFixture _f = new();
    private readonly Iso8583Message _sale;
    private readonly string _rrn;
    private readonly string _date;

    public RefundRuleTests() => (_sale, _rrn, _date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

    private AcquirerSimulator Simulator => _f.Simulator;

    private long SaleDebited => TestCardTable.Debit.OpeningFen - 10_000;

    private IEnumerable<HostTransaction> Refunds => Simulator.Store.TransactionsOf(RefundFixture.Terminal).Where(t => t.Kind == HostTransactionKind.Refund);

    [Fact]
    public void Approve_books_the_refund_against_the_sale_even_when_the_checks_would_fail()
    {
        Simulator.MerchantBalanceFen = 1_000;
        _f.Void(_sale, _rrn);
        Simulator.QueueRule("approve", []);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit2, _rrn, _date, 20_000));

        answer.GetText(39).Should().Be("00");
        answer.GetText(54).Should().Be("0002156D000000019000");
        Simulator.MerchantBalanceFen.Should().Be(-19_000);
        _f.Booked(_rrn).RefundedFen.Should().Be(20_000);
        _f.Host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen + 20_000);
        _f.Host.Available(TestCardTable.Debit2).Should().Be(TestCardTable.Debit2.OpeningFen);
        _f.Booked(answer.GetText(37)!).Should().Match<HostTransaction>(r => r.Kind == HostTransactionKind.Refund && r.Pan == TestCardTable.Debit.Pan);
    }

    [Fact]
    public void Approve_with_no_sale_behind_the_reference_answers_00_moves_nothing_and_warns()
    {
        Simulator.QueueRule("approve", []);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, "123456789012", _date, 1_000));

        answer.GetText(39).Should().Be("00");
        answer.GetText(37).Should().MatchRegex("^[0-9]{12}$");
        answer.GetText(54).Should().Be("0002156C000100000000");
        Refunds.Should().BeEmpty();
        Simulator.MerchantBalanceFen.Should().Be(MerchantOpening);
        _f.Host.Available(TestCardTable.Debit).Should().Be(SaleDebited);
        _f.Host.Log.Lines.Should().Contain(line => line.Contains("approved by rule") && line.Contains("123456789012"));
    }

    [Fact]
    public void Approve_with_the_balance_method_pays_the_balance_account()
    {
        Simulator.QueueRule("approve", []);

        _f.Code(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000, method: "RM2")).Should().Be("00");

        Simulator.Store.BalanceAccountFen(TestCardTable.Debit.Pan).Should().Be(1_000);
        _f.Host.Available(TestCardTable.Debit).Should().Be(SaleDebited);
    }

    [Fact]
    public void Bad_mac_approves_like_approve_with_a_wrong_MAC()
    {
        Simulator.QueueRule("bad-mac", []);

        var decision = _f.Host.Respond(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000), RequestMac.Valid);

        decision.ResponseCode.Should().Be("00");
        decision.Mac.Should().Be(ResponseMac.Wrong);
        _f.Booked(_rrn).RefundedFen.Should().Be(1_000);
    }

    [Fact]
    public void Decline_answers_with_the_given_code_and_moves_nothing()
    {
        Simulator.QueueRule("decline", ["51"]);

        _f.Code(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000)).Should().Be("51");

        Refunds.Should().BeEmpty();
        Simulator.MerchantBalanceFen.Should().Be(MerchantOpening);
        _f.Host.Available(TestCardTable.Debit).Should().Be(SaleDebited);
    }

    [Theory]
    [InlineData("timeout", typeof(HostDecision.StaySilent))]
    [InlineData("drop", typeof(HostDecision.DropConnection))]
    [InlineData("garbage", typeof(HostDecision.SendGarbage))]
    public void A_refund_that_meets_timeout_drop_or_garbage_is_not_processed(string rule, Type decision)
    {
        Simulator.QueueRule(rule, []);

        Simulator.Decide(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000)).Should().BeOfType(decision);

        Refunds.Should().BeEmpty();
        _f.Booked(_rrn).RefundedFen.Should().Be(0);
        Simulator.MerchantBalanceFen.Should().Be(MerchantOpening);
        // Not processed, so the same trace is no duplicate afterwards.
        _f.Code(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000)).Should().Be("00");
    }

    [Fact]
    public void A_reversal_of_an_approved_refund_is_declined_12_and_undoes_nothing()
    {
        var refund = Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000, trace: "000004");
        _f.Code(refund).Should().Be("00");

        var answer = _f.Host.Answer(Requests.ReversalOf(refund));

        answer.Mti.Should().Be("0410");
        answer.GetText(39).Should().Be("12");
        _f.Booked(_rrn).RefundedFen.Should().Be(1_000);
        Refunds.Should().ContainSingle().Which.Reversed.Should().BeFalse();
        Simulator.MerchantBalanceFen.Should().Be(MerchantOpening - 1_000);
        _f.Host.Available(TestCardTable.Debit).Should().Be(SaleDebited + 1_000);
    }

    [Fact]
    public void A_reversal_with_message_type_25_is_declined_12_even_when_nothing_was_booked()
    {
        var neverAnswered = Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000, trace: "000004");

        _f.Code(Requests.ReversalOf(neverAnswered)).Should().Be("12");
        _f.Host.Available(TestCardTable.Debit).Should().Be(SaleDebited);
    }

    [Fact]
    public void A_reversal_of_an_unanswered_void_is_still_answered_00()
    {
        var voidNeverBooked = Requests.VoidOf(_sale, new Iso8583Message("0210").Set(37, _rrn).Set(38, "000000"), trace: "000004");

        _f.Code(Requests.ReversalOf(voidNeverBooked)).Should().Be("00");
    }

    [Fact]
    public void Approve_on_a_refunds_reversal_answers_00_and_still_undoes_nothing()
    {
        var refund = Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000, trace: "000004");
        _f.Code(refund).Should().Be("00");
        Simulator.QueueRule("approve", []);

        _f.Code(Requests.ReversalOf(refund)).Should().Be("00");
        _f.Booked(_rrn).RefundedFen.Should().Be(1_000);
        Simulator.MerchantBalanceFen.Should().Be(MerchantOpening - 1_000);
    }

    [Fact]
    public void A_partly_refunded_sale_cannot_be_voided_12()
    {
        _f.Code(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000, trace: "000004")).Should().Be("00");
        var saleAnswer = new Iso8583Message("0210").Set(37, _rrn).Set(38, _f.Booked(_rrn).AuthCode);

        _f.Code(Requests.VoidOf(_sale, saleAnswer, trace: "000005")).Should().Be("12");
        _f.Host.Available(TestCardTable.Debit).Should().Be(SaleDebited + 1_000);
    }

    [Fact]
    public void A_sale_whose_void_was_reversed_can_be_refunded()
    {
        var saleAnswer = new Iso8583Message("0210").Set(37, _rrn).Set(38, _f.Booked(_rrn).AuthCode);
        var voidRequest = Requests.VoidOf(_sale, saleAnswer, trace: "000003");
        _f.Code(voidRequest).Should().Be("00");
        _f.Code(Requests.ReversalOf(voidRequest)).Should().Be("00");

        _f.Code(Requests.Refund(TestCardTable.Debit, _rrn, _date, 1_000)).Should().Be("00");
    }

    [Fact]
    public void Reversing_a_partly_refunded_sale_gives_back_only_what_the_refunds_did_not()
    {
        _f.Code(Requests.Refund(TestCardTable.Debit, _rrn, _date, 4_000, trace: "000004")).Should().Be("00");

        _f.Code(Requests.ReversalOf(_sale)).Should().Be("00");

        _f.Host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _f.Booked(_rrn).Reversed.Should().BeTrue();
    }
}
