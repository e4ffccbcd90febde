using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Engine;

/// <summary>Receipts print one job at a time, in order, each a device call whose result comes back as an event.</summary>
public sealed class ReceiptPrintingTests
{
    private readonly HeldWork _work = new();
    private readonly ScriptedPrinter _printer = new();
    private readonly TestTerminal _t;

    public ReceiptPrintingTests() => _t = new TestTerminal(_printer, _work);

    [Fact]
    public void Jobs_print_one_at_a_time_in_the_order_given()
    {
        var results = new List<string>();
        _t.Start(new Parked("Printing"));

        _t.Ctx.Printing.Print("first", ["A"], (_, r) => results.Add($"first {r.Outcome}"));
        _t.Ctx.Printing.Print("second", ["B"], (_, r) => results.Add($"second {r.Outcome}"));
        _work.Held.Should().Be(1, "the second waits for the first");

        _work.ReleaseOne();
        _t.Run();
        _work.ReleaseOne();
        _t.Run();

        results.Should().Equal("first Printed", "second Printed");
        _printer.Printed.Select(lines => lines[0]).Should().Equal("A", "B");
        _t.Ctx.Printing.IsBusy.Should().BeFalse();
    }

    [Fact]
    public void A_printer_that_throws_gives_a_failed_result_with_the_fault()
    {
        PrintResult? result = null;
        _printer.Next.Enqueue(() => throw new TimeoutException("flow control held"));
        _t.Start(new Parked("Printing"));

        _t.Ctx.Printing.Print("receipt", ["A"], (_, r) => result = r);
        _work.ReleaseOne();
        _t.Run();

        result.Should().NotBeNull();
        result!.Value.Outcome.Should().Be(PrintOutcome.Failed);
        result.Value.Fault.Should().BeOfType<TimeoutException>();
    }

    [Fact]
    public void Whoever_waits_is_told_of_a_failure_when_the_printer_has_not_answered_within_the_limit_and_not_again_after()
    {
        var results = new List<PrintResult>();
        _t.Start(new Parked("Printing"));

        _t.Ctx.Printing.Print("settlement slip", ["S"], (_, r) => results.Add(r));
        _t.Advance(ReceiptPrinting.AnswerLimit);

        results.Should().ContainSingle().Which.Should().Match<PrintResult>(r => r.Outcome == PrintOutcome.Failed && r.Fault is TimeoutException);
        _work.ReleaseOne();
        _t.Run();
        results.Should().ContainSingle("the late answer is only logged");
        _t.Log.Should().Contain(line => line.Contains("did not answer within 60 s"));
    }

    [Fact]
    public void A_job_given_without_a_continuation_prints_after_its_activity_is_left()
    {
        _t.Start(new Parked("Reversal"));

        _t.Ctx.Printing.Print("fault slip", ["F"]);
        _t.Ctx.Go(new Parked("Idle"));
        _work.ReleaseOne();
        _t.Run();

        _printer.Printed.Should().ContainSingle();
        _t.Log.Should().Contain(line => line.Contains("fault slip") && line.Contains("Printed"));
    }

    [Fact]
    public void A_terminal_without_a_printer_refuses_a_job()
    {
        var t = new TestTerminal(printer: null, work: _work).Start(new Parked("Idle"));

        t.Ctx.Printing.HasPrinter.Should().BeFalse();
        t.Invoking(x => x.Ctx.Printing.Print("receipt", ["A"])).Should().Throw<InvalidOperationException>();
    }
}
