using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Rules;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class RuleQueueTests
{
    private static readonly TerminalId Terminal = new(Requests.TerminalNumber, Requests.MerchantNumber);
    private readonly HostUnderTest _host = new();

    public RuleQueueTests() => _host.SignIn();

    private AcquirerSimulator Simulator => _host.Simulator;

    [Fact]
    public void Approve_answers_00_with_rrn_and_auth_even_when_the_checks_would_decline_and_books_the_sale()
    {
        Simulator.QueueRule("approve", []);

        var answer = _host.Answer(Requests.Sale(TestCardTable.LowBalance, 5_000, pinBlock: _host.PinBlock("999999")));

        answer.GetText(39).Should().Be("00");
        answer.GetText(37).Should().MatchRegex("^[0-9]{12}$");
        answer.GetText(38).Should().HaveLength(6);
        _host.Available(TestCardTable.LowBalance).Should().Be(1_000 - 5_000);
        Simulator.Store.TransactionsOf(Terminal).Should().ContainSingle().Which.AmountFen.Should().Be(5_000);
    }

    [Fact]
    public void Approve_answers_00_even_before_a_sign_in()
    {
        var host = new HostUnderTest();
        host.Simulator.QueueRule("approve", []);

        host.Answer(Requests.Sale(TestCardTable.Debit, 100)).GetText(39).Should().Be("00");
    }

    [Fact]
    public void Decline_answers_with_the_given_code_and_books_nothing()
    {
        Simulator.QueueRule("decline", ["51"]);

        var answer = _host.Answer(Requests.Sale(TestCardTable.Debit, 100, pinBlock: _host.PinBlock("123456")));

        answer.GetText(39).Should().Be("51");
        answer.Has(38).Should().BeFalse();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        Simulator.Store.TransactionsOf(Terminal).Should().BeEmpty();
    }

    [Fact]
    public void Decline_on_a_sign_in_refuses_it_without_keys()
    {
        var host = new HostUnderTest();
        host.Simulator.QueueRule("decline", ["96"]);

        var answer = host.Answer(Requests.SignIn());

        answer.GetText(39).Should().Be("96");
        answer.Has(62).Should().BeFalse();
        host.Simulator.Store.SessionKeys(Terminal).Should().BeNull();
    }

    [Fact]
    public void Timeout_stays_silent_and_the_request_is_not_processed()
    {
        Simulator.QueueRule("timeout", []);

        Simulator.Decide(Requests.Sale(TestCardTable.Debit, 100, pinBlock: _host.PinBlock("123456"))).Should().BeOfType<HostDecision.StaySilent>();
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void Drop_closes_the_connection()
    {
        Simulator.QueueRule("drop", []);

        Simulator.Decide(Requests.Sale(TestCardTable.Debit, 100)).Should().BeOfType<HostDecision.DropConnection>();
    }

    [Fact]
    public void Garbage_answers_with_bytes_that_are_not_a_message()
    {
        Simulator.QueueRule("garbage", []);

        Simulator.Decide(Requests.Sale(TestCardTable.Debit, 100)).Should().BeOfType<HostDecision.SendGarbage>();
    }

    [Fact]
    public void Bad_mac_answers_00_with_a_wrong_MAC_and_books_the_sale_so_its_reversal_can_undo_it()
    {
        Simulator.QueueRule("bad-mac", []);

        var respond = _host.Respond(Requests.Sale(TestCardTable.Debit, 100, pinBlock: _host.PinBlock("123456")).Set(64, new byte[8]), RequestMac.Valid);

        respond.ResponseCode.Should().Be("00");
        respond.Mac.Should().Be(ResponseMac.Wrong);
        Simulator.Store.TransactionsOf(Terminal).Should().ContainSingle();
    }

    [Fact]
    public void Rules_are_used_one_per_message_first_queued_first_then_the_host_checks_again()
    {
        Simulator.QueueRule("decline", ["51"]);
        Simulator.QueueRule("timeout", []);
        Simulator.QueueRule("approve", []);
        Simulator.QueuedRuleCount.Should().Be(3);

        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, trace: "000002", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("51");
        Simulator.Decide(Requests.Sale(TestCardTable.Debit, 100, trace: "000003", pinBlock: _host.PinBlock("123456"))).Should().BeOfType<HostDecision.StaySilent>();
        _host.Answer(Requests.Sale(TestCardTable.Expired, 100, trace: "000004", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("00");
        _host.Answer(Requests.Sale(TestCardTable.Expired, 100, trace: "000005", pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("54");
        Simulator.QueuedRuleCount.Should().Be(0);
    }

    [Fact]
    public void A_rule_is_used_up_by_any_message_sign_in_included()
    {
        var host = new HostUnderTest();
        host.Simulator.QueueRule("decline", ["05"]);
        host.Simulator.QueueRule("decline", ["51"]);

        host.Answer(Requests.SignIn()).GetText(39).Should().Be("05");
        host.Answer(Requests.SignIn()).GetText(39).Should().Be("51");
        host.Answer(Requests.SignIn()).GetText(39).Should().Be("00");
    }

    [Fact]
    public void Queueing_an_unknown_rule_fails_with_a_message_naming_it_and_queues_nothing()
    {
        var act = () => Simulator.QueueRule("approve-all", []);

        act.Should().Throw<HostRuleException>().WithMessage("*unknown host rule 'approve-all'*approve, decline, timeout, drop, bad-mac, garbage*");
        Simulator.QueuedRuleCount.Should().Be(0);
    }
}
