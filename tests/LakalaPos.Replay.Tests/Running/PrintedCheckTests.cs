using FluentAssertions;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

public class PrintedCheckTests
{
    private readonly FakeReplayTarget target = new();

    public PrintedCheckTests()
    {
        target.On("key 1", t => t.Printed.Add("POS签购单\n商户存根 MERCHANT COPY\n交易类型 消费 SALE\n金额  RMB   100.00"));
        target.On("key 2", t => t.Printed.Add("POS签购单\n持卡人存根 CARDHOLDER COPY\n交易类型 消费 SALE\n金额  RMB   100.00"));
        target.On("key 3", t => t.Printed.Add("POS签购单\n交易类型 消费撤销 VOID\n金额 RMB -100.00"));
    }

    [Fact]
    public void Expect_printed_finds_text_in_a_receipt_of_the_window()
    {
        Script.Run(target, "key 1", "expect printed \"RMB 100.00\"", "expect printed MERCHANT").Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_printed_fails_listing_what_was_printed()
    {
        Script.Run(target, "key 3", "expect printed \"RMB 100.00\"").Summary.Should().Be(
            "FAIL test.replay:2: expected printed \"RMB 100.00\" in the window, was 1 receipt: \"POS签购单交易类型 消费撤销 VOID金额 RMB -100.00\"");
    }

    [Fact]
    public void Expect_printed_with_nothing_printed_says_so()
    {
        Script.Run(target, "expect printed 消费").Summary
            .Should().Be("FAIL test.replay:1: expected printed \"消费\" in the window, was nothing printed");
    }

    [Fact]
    public void Expect_receipts_counts_paper_cuts_since_the_start()
    {
        Script.Run(target, "key 1", "key 2", "expect receipts 2").Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_receipts_fails_with_the_count_seen()
    {
        Script.Run(target, "key 1", "expect receipts 2").Summary
            .Should().Be("FAIL test.replay:2: expected 2 receipts in the window, was 1");
    }

    [Fact]
    public void Mark_opens_a_new_window_so_earlier_receipts_are_not_seen()
    {
        var result = Script.Run(target, "key 1", "key 2", "mark", "key 3", "expect receipts 1", "expect printed VOID", "expect printed CARDHOLDER");

        result.Summary.Should().StartWith("FAIL test.replay:7: expected printed \"CARDHOLDER\" in the window, was 1 receipt:");
    }

    [Fact]
    public void Mark_with_nothing_after_it_sees_zero_receipts()
    {
        Script.Run(target, "key 1", "mark", "expect receipts 0").Passed.Should().BeTrue();
    }

    [Fact]
    public void Checks_do_not_close_the_window()
    {
        Script.Run(target, "key 1", "expect receipts 1", "key 2", "expect receipts 2", "expect printed MERCHANT").Passed.Should().BeTrue();
    }
}
