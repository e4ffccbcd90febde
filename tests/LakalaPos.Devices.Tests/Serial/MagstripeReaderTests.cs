using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>A magnetic-stripe reader on a serial port: lines however they arrive; bad swipes reported and logged masked.</summary>
public sealed class MagstripeReaderTests : IDisposable
{
    private const string Pan = "6222020200112233446";

    private readonly MagstripeReaderHarness _harness = new(Transport.Pty);
    private readonly List<CardData> _cards = [];
    private readonly List<string> _failures = [];

    public MagstripeReaderTests()
    {
        _harness.Reader.CardPresented += (_, card) => _cards.Add(card);
        _harness.Reader.ReadFailed += (_, reason) => _failures.Add(reason);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Track_1_on_a_line_of_its_own_then_track_2_is_one_swipe()
    {
        _harness.Swipe($"%B{Pan}^ZHANG/SAN^2912220?\r\n;{Pan}=2912220?\r\n");

        _cards.Should().ContainSingle().Which.Track2.Should().Be($"{Pan}=2912220");
        _failures.Should().BeEmpty();
    }

    [Fact]
    public void A_line_arriving_in_pieces_is_read_once_it_is_whole()
    {
        _harness.Rig.Device.Send($";{Pan}=29");
        Thread.Sleep(50);
        _harness.Rig.Device.Send("12220?\r");

        Wait.Until(() => _cards.Count == 1, "a card");
        _harness.Rig.Device.Send("\n"); // the LF of CR LF is no second line
        _harness.PresentUnreadable();
        _cards.Should().ContainSingle().Which.Pan.Should().Be(Pan);
        _failures.Should().ContainSingle();
    }

    [Fact]
    public void A_half_line_left_by_noise_is_dropped_after_a_pause_so_the_next_swipe_is_read()
    {
        _harness.Rig.Device.Send("\u0001garbage;6222");
        Thread.Sleep(MagstripeReaderLineGapMs + 300);
        _harness.Swipe($";{Pan}=2912220?\r\n");

        _cards.Should().ContainSingle().Which.Pan.Should().Be(Pan);
        _failures.Should().BeEmpty();
        _harness.Rig.Log.Text().Should().Contain("a half line left for over 500 ms; dropped");
    }

    [Fact]
    public void An_over_long_line_without_an_end_is_dropped_after_a_pause_too()
    {
        _harness.Rig.Device.Send(new string('x', 300));
        Thread.Sleep(MagstripeReaderLineGapMs + 300);
        _harness.Swipe($";{Pan}=2912220?\r\n");

        _cards.Should().ContainSingle().Which.Pan.Should().Be(Pan);
    }

    private static int MagstripeReaderLineGapMs => (int)LakalaPos.Devices.Serial.Magstripe.MagstripeReader.LineGap.TotalMilliseconds;

    [Fact]
    public void A_bad_swipe_is_reported_and_logged_without_its_card_number_or_track()
    {
        _harness.SwipeBadly($";{Pan}=2913220?\r\n");

        _failures.Should().Equal("the expiry month is not 01 to 12");
        var log = _harness.Rig.Log.Text();
        log.Should().Contain("unreadable swipe (\"the expiry month is not 01 to 12\"): \";622202*************=*******?\"");
        log.Should().NotContain(Pan).And.NotContain("2913220").And.NotContain("2233446");
    }

    [Fact]
    public void A_good_swipe_is_logged_with_the_masked_card_number_only()
    {
        _harness.Swipe($";{Pan}=2912220?\r\n");

        var log = _harness.Rig.Log.Text();
        log.Should().Contain("622202*********3446");
        log.Should().NotContain(Pan).And.NotContain("2912220");
    }

    [Fact]
    public void More_than_a_line_of_bytes_without_a_line_end_is_dropped_as_noise_and_the_next_swipe_is_read()
    {
        _harness.Rig.Device.Send(new string('7', 1000));
        _harness.Swipe($"\r\n;{Pan}=2912220?\r\n");

        _cards.Should().ContainSingle().Which.Pan.Should().Be(Pan);
        _failures.Should().BeEmpty();
        _harness.Rig.Log.Text().Should().Contain("more than 256 bytes without a line end").And.NotContain("7777777");
    }

    [Fact]
    public void A_swipe_cut_off_by_the_reader_going_away_is_forgotten()
    {
        var back = 0;
        _harness.Rig.Port.Back += (_, _) => back++;

        _harness.Rig.Device.Send($";{Pan}=29");
        Thread.Sleep(50);
        _harness.Rig.Device.Unplug();
        _harness.Rig.Device.PlugIn();
        Wait.Until(() => back == 1, "the reader came back");
        _harness.Swipe($";{Pan}=2912220?\r\n");

        _cards.Should().ContainSingle().Which.Track2.Should().Be($"{Pan}=2912220");
        _failures.Should().BeEmpty();
    }
}
