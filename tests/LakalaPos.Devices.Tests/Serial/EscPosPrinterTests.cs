using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.EscPos;
using LakalaPos.Devices.Tests.Support;
using Serilog.Events;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>The ESC/POS printer driver with printers that answer, stay silent, run out of paper or go away.</summary>
public sealed class EscPosPrinterTests : IDisposable
{
    private static readonly string[] Slip = ["POS签购单 POS SALES SLIP", "商户存根 MERCHANT COPY", "金额 RMB 12.34"];

    private readonly EscPosPrinterHarness _harness = new(Transport.Pty, 32);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void The_paper_sensor_is_asked_before_each_receipt()
    {
        _harness.EscPos.Print(Slip);
        _harness.EscPos.Print(Slip);

        _harness.Rig.DeviceHasEverything();
        _harness.Fake.Printout().PaperStatusRequests.Should().Be(2);
        _harness.Fake.Printout().Receipts.Should().HaveCount(2);
    }

    [Fact]
    public void A_printer_that_never_answers_the_paper_sensor_request_is_printed_to_after_a_short_wait()
    {
        using var harness = new EscPosPrinterHarness(Transport.Pty, 32, EscPosPrinter.DefaultStatusTimeout);
        harness.Fake.Silent = true;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var outcome = harness.EscPos.Print(Slip);

        outcome.Should().Be(PrintOutcome.Printed);
        watch.Elapsed.Should().BeLessThan(EscPosPrinter.DefaultStatusTimeout + TimeSpan.FromSeconds(3), "it waits for the answer only so long");
        harness.Receipts().Should().ContainSingle().Which.Should().Equal(Slip);
        harness.Rig.Log.Lines().Should().Contain(line => line.Contains("no paper sensor answer within 500 ms"));
    }

    [Fact]
    public void Running_out_of_paper_is_found_at_the_next_print_which_prints_nothing()
    {
        var changes = new List<bool>();
        _harness.EscPos.PaperChanged += (_, present) => changes.Add(present);
        _harness.Fake.HasPaper = false;

        var outcome = _harness.EscPos.Print(Slip);

        outcome.Should().Be(PrintOutcome.PaperOut);
        _harness.EscPos.HasPaper.Should().BeFalse();
        changes.Should().Equal(false);
        _harness.Receipts().Should().BeEmpty();
    }

    [Fact]
    public void A_printer_that_went_away_fails_the_print_and_prints_again_once_back()
    {
        var back = 0;
        _harness.Rig.Port.Back += (_, _) => back++;
        _harness.Rig.Device.Unplug();
        Wait.Until(() => !_harness.Rig.Port.IsOpen, "the port noticed");

        _harness.EscPos.Print(Slip).Should().Be(PrintOutcome.Failed);
        _harness.Rig.Log.Lines(LogEventLevel.Warning).Should().Contain(line => line.Contains("not connected"));

        _harness.Rig.Device.PlugIn();
        Wait.Until(() => back == 1, "the printer came back");
        _harness.EscPos.Print(Slip).Should().Be(PrintOutcome.Printed);
    }

    [Fact]
    public void Bytes_from_the_printer_that_are_no_answer_are_ignored()
    {
        _harness.Rig.Device.Send([0x00, 0xFF, 0x41]);

        _harness.EscPos.Print(Slip).Should().Be(PrintOutcome.Printed);
        Wait.Until(() => _harness.Rig.Log.Text().Contains("is not the answer to a paper sensor request"), "a debug line");
    }

    [Fact]
    public void A_status_byte_nobody_asked_for_changes_nothing()
    {
        var changes = new List<bool>();
        _harness.EscPos.PaperChanged += (_, present) => changes.Add(present);

        _harness.Rig.Device.Send([PaperStatus.Answer(hasPaper: false)]);
        Wait.Until(() => _harness.Rig.Log.Text().Contains("0x72 is not the answer to a paper sensor request"), "the byte was read and ignored");

        _harness.EscPos.HasPaper.Should().BeTrue();
        changes.Should().BeEmpty();
    }

    [Fact]
    public void Loaded_paper_is_found_by_the_poll_between_receipts()
    {
        _harness.SetPaper(false);
        var changes = new List<bool>();
        _harness.EscPos.PaperChanged += (_, present) => changes.Add(present);

        _harness.SetPaper(true);

        changes.Should().Equal(true);
        _harness.Rig.Log.Lines(LogEventLevel.Information).Should().Contain(line => line.Contains("paper loaded"));
    }
}
