using System.Text;
using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>The VT100 console's key table, on a clock the test moves: what each byte sequence is, however it is split.</summary>
public sealed class Vt100KeyDecoderTests : IDisposable
{
    private static readonly TimeSpan JustUnder = Vt100KeyDecoder.EscapeWait - TimeSpan.FromMilliseconds(1);

    private readonly TestClock _clock = new();
    private readonly TestLog _log = new();
    private readonly List<Key> _keys = [];
    private readonly Vt100KeyDecoder _decoder;

    public Vt100KeyDecoderTests() => _decoder = new Vt100KeyDecoder(_keys.Add, _log.Logger, _clock);

    public void Dispose() => _decoder.Dispose();

    [Theory]
    [InlineData("0123456789", "0 1 2 3 4 5 6 7 8 9")]
    [InlineData("\r", "ENTER")]
    [InlineData("\n", "ENTER")]
    [InlineData("\r\n", "ENTER")]
    [InlineData("\r\r", "ENTER ENTER")]
    [InlineData("\r\n\r\n", "ENTER ENTER")]
    [InlineData("\n\r", "ENTER ENTER")]
    [InlineData("\b", "CLEAR")]
    [InlineData("\x7f", "CLEAR")]
    [InlineData("\t", "MENU")]
    [InlineData("\e[A", "UP")]
    [InlineData("\e[B", "DOWN")]
    [InlineData("\eOA", "UP")]
    [InlineData("\eOB", "DOWN")]
    [InlineData("\eOP\eOQ\eOR\eOS", "F1 F2 F3 F4")]
    [InlineData("\e[11~\e[12~\e[13~\e[14~", "F1 F2 F3 F4")]
    [InlineData("1\e[B2\r", "1 DOWN 2 ENTER")]
    public void Each_key_of_the_table_is_read(string sent, string keys)
    {
        Feed(sent);

        Names().Should().Be(keys);
    }

    [Theory]
    [InlineData("\e[A")]
    [InlineData("\eOS")]
    [InlineData("\e[13~")]
    [InlineData("12\r\n\x7f")]
    public void Bytes_arriving_one_at_a_time_read_the_same_as_all_at_once(string sent)
    {
        Feed(sent);
        var together = Names();
        _keys.Clear();

        foreach (var b in Encoding.ASCII.GetBytes(sent))
        {
            _decoder.Feed([b]);
            _clock.Advance(JustUnder);
        }

        Names().Should().Be(together);
    }

    [Fact]
    public void An_escape_followed_by_nothing_for_50_ms_is_cancel()
    {
        Feed("\e");
        _clock.Advance(JustUnder);
        _keys.Should().BeEmpty("an escape sequence may still be coming");

        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Names().Should().Be("CANCEL");
    }

    [Fact]
    public void An_escape_that_the_rest_of_a_sequence_follows_in_time_is_not_cancel()
    {
        Feed("\e");
        _clock.Advance(JustUnder);
        Feed("[");
        _clock.Advance(JustUnder);
        Feed("B");
        _clock.Advance(TimeSpan.FromSeconds(1));

        Names().Should().Be("DOWN");
    }

    [Theory]
    [InlineData("\e1\e\r", "CANCEL 1 CANCEL ENTER")] // an escape followed by a key is CANCEL, then that key
    [InlineData("\e[1\r", "ENTER")] // a control byte breaks a sequence off and counts on its own
    [InlineData("\e[;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;A7", "7")] // an overlong sequence is dropped
    [InlineData("确认8", "8")] // text typed on the console is no key
    public void Escapes_and_stray_bytes_read_as_the_table_says(string sent, string keys)
    {
        Feed(sent);

        Names().Should().Be(keys);
    }

    [Fact]
    public void Two_escapes_are_two_cancels()
    {
        Feed("\e\e");
        _clock.Advance(Vt100KeyDecoder.EscapeWait);

        Names().Should().Be("CANCEL CANCEL");
    }

    [Fact]
    public void An_unfinished_sequence_is_dropped_after_the_wait_and_does_not_swallow_the_next_digit()
    {
        Feed("\e[");
        _clock.Advance(Vt100KeyDecoder.EscapeWait);

        Feed("1");

        Names().Should().Be("1");
        _log.Text().Should().Contain("unfinished escape sequence");
    }

    [Theory]
    [InlineData("a", "byte 0x61")]
    [InlineData(" ", "byte 0x20")]
    [InlineData("\e[C", "ESC [ 0x43")]
    [InlineData("\e[99~", "ESC [99 0x7E")]
    [InlineData("\eOx", "ESC O 0x78")]
    public void Other_bytes_and_sequences_are_ignored_with_a_debug_line(string sent, string logged)
    {
        Feed(sent + "5");

        Names().Should().Be("5");
        _log.Lines().Should().ContainSingle(line => line.StartsWith("[Debug]") && line.Contains(logged));
    }

    [Fact]
    public void Forgetting_a_half_read_sequence_reports_nothing_and_reads_on()
    {
        Feed("\e[");

        _decoder.Reset();
        _clock.Advance(TimeSpan.FromSeconds(1));
        Feed("\e[A");

        Names().Should().Be("UP");
    }

    [Fact]
    public void A_listener_that_fails_does_not_stop_the_keys_after_it()
    {
        var seen = new List<Key>();
        using var decoder = new Vt100KeyDecoder(key =>
        {
            seen.Add(key);
            if (key == Key.D1)
                throw new InvalidOperationException("listener bug");
        }, _log.Logger, _clock);

        decoder.Feed("123"u8);

        seen.Should().Equal(Key.D1, Key.D2, Key.D3);
        _log.Lines().Should().Contain(line => line.StartsWith("[Error]"));
    }

    private void Feed(string text) => _decoder.Feed(Encoding.UTF8.GetBytes(text));

    private string Names() => string.Join(' ', _keys.Select(key => key.Name()));
}
