using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

public class TxnCheckTests
{
    private readonly FakeReplayTarget target = new();

    public TxnCheckTests()
    {
        target.Journal.Add(Records.Sale(2));
        target.Journal.Add(Void());
    }

    private static TransactionRecord Void() => Records.Sale(3, 10000) with
    {
        Type = TransactionType.Void,
        OrigVoucher = 2,
        Reason = 1,
        Batch = 12,
        OperatorNo = "02",
    };

    [Fact]
    public void Expect_txn_checks_fields_of_the_newest_entry()
    {
        Script.Run(target, "expect txn last type=VOID status=APPROVED amount=100.00 origVoucher=000002 reason=1 voucher=000003 batch=000012 operator=02")
            .Summary.Should().Be("PASS test.replay");
    }

    [Fact]
    public void Expect_txn_checks_an_entry_by_voucher()
    {
        Script.Run(target, "expect txn 000002 type=SALE card=622202*********3446 rrn=123456789012 auth=A1B2C3 code=00")
            .Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_txn_fails_naming_each_wrong_field_and_its_value()
    {
        Script.Run(target, "expect txn 000002 type=SALE status=DECLINED amount=99.00").Summary
            .Should().Be("FAIL test.replay:1: expected txn 000002 status=DECLINED amount=99.00, was status=APPROVED amount=100.00");
    }

    [Fact]
    public void Amounts_compare_as_money()
    {
        Script.Run(target, "expect txn 000002 amount=100").Passed.Should().BeTrue();
    }

    [Fact]
    public void Enumerated_fields_ignore_case()
    {
        Script.Run(target, "expect txn 000002 type=sale status=Approved").Passed.Should().BeTrue();
    }

    [Fact]
    public void An_empty_value_expects_no_value_and_a_missing_value_shows_as_none()
    {
        Script.Run(target, "expect txn 000002 origVoucher= reason=").Passed.Should().BeTrue();
        Script.Run(new FakeReplayTarget { Journal = { Records.Sale(2) } }, "expect txn 000002 origRrn=123").Summary
            .Should().Be("FAIL test.replay:1: expected txn 000002 origRrn=123, was origRrn=(none)");
    }

    [Fact]
    public void Refund_fields_read_as_the_format_names_them()
    {
        var refund = Records.Sale(5, 2500) with
        {
            Type = TransactionType.Refund,
            Status = TransactionStatus.Unknown,
            OrigRrn = "000000001234",
            OrigDate = "1121",
            RefundMethod = RefundMethod.Balance,
        };
        var journal = new FakeReplayTarget { Journal = { refund } };

        Script.Run(journal, "expect txn 000005 type=REFUND status=UNKNOWN amount=25.00 origRrn=000000001234 origDate=1121 method=BALANCE")
            .Passed.Should().BeTrue();
    }

    [Fact]
    public void A_missing_entry_fails()
    {
        Script.Run(target, "expect txn 000009 status=APPROVED").Summary
            .Should().Be("FAIL test.replay:1: expected txn 000009 in the journal, was no such entry");
        Script.Run(new FakeReplayTarget(), "expect txn last status=APPROVED").Summary
            .Should().Be("FAIL test.replay:1: expected a last txn in the journal, was an empty journal");
    }
}
