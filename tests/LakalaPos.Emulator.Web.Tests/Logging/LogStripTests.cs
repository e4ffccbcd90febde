using FluentAssertions;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Logging;
using Serilog;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Logging;

/// <summary>The log strip shows the terminal's warnings and errors, and never a card number, track data or a key.</summary>
public sealed class LogStripTests
{
    private readonly EmulatorBoard _board = new("emulator");

    [Fact]
    public void Warnings_and_errors_are_shown_and_nothing_below()
    {
        using var log = Logger();

        log.Debug("State {From} -> {To}", "Idle", "Sale/Amount");
        log.Information("Power on");
        log.Warning("Host did not answer {Mti} within {Seconds} s", "0200", 60);
        log.Error(new InvalidOperationException("journal busy"), "Write failed");

        var lines = _board.Snapshot().Log;
        lines.Should().HaveCount(2);
        lines[0].Should().EndWith("[WRN] Host did not answer 0200 within 60 s");
        lines[1].Should().EndWith("[ERR] Write failed (InvalidOperationException: journal busy)");
    }

    [Fact]
    public void A_card_number_that_reached_a_log_line_is_masked_before_the_page_gets_it()
    {
        using var log = Logger();

        log.Warning("card {Pan} track {Track}", "6222020200112233446", "6222020200112233446=2912220");

        var line = _board.Snapshot().Log.Single();
        line.Should().NotContain("6222020200112233446").And.NotContain("2912220");
        line.Should().Contain("card 622202*********3446 track 622202*********3446=…");
    }

    [Theory]
    [InlineData("key 0123456789ABCDEFFEDCBA9876543210 loaded", "key **** loaded")]
    [InlineData("PIN block 06123456FFFFFFFF", "PIN block ****")]
    [InlineData("voucher 000002 batch 000001 amount 100.00", "voucher 000002 batch 000001 amount 100.00")]
    [InlineData("Sent 0200 (86 bytes)", "Sent 0200 (86 bytes)")]
    public void Keys_and_pin_blocks_are_starred_and_short_numbers_left_alone(string line, string shown)
    {
        LogMasking.Mask(line).Should().Be(shown);
    }

    private Serilog.Core.Logger Logger() => new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(new BrowserLogSink(_board)).CreateLogger();
}
