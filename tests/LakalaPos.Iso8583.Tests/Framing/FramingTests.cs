using FluentAssertions;
using LakalaPos.Iso8583.Framing;
using static LakalaPos.Iso8583.Tests.Bytes;

namespace LakalaPos.Iso8583.Tests.Framing;

/// <summary>The 2-byte big-endian length prefix on the TCP stream.</summary>
public class FramingTests
{
    [Fact]
    public void A_frame_is_the_big_endian_length_then_the_body() =>
        LengthPrefix.Frame(new byte[0x0123]).Take(3).Should().Equal(Hex("01 23 00"));

    [Fact]
    public void An_empty_body_cannot_be_framed() =>
        FluentActions.Invoking(() => LengthPrefix.Frame([])).Should().Throw<FramingException>().WithMessage("cannot frame an empty body");

    [Fact]
    public void A_body_over_65535_bytes_cannot_be_framed() =>
        FluentActions.Invoking(() => LengthPrefix.Frame(new byte[65536])).Should().Throw<FramingException>().WithMessage("*65536 bytes*");

    [Fact]
    public void The_reader_waits_until_the_whole_body_has_arrived_byte_by_byte()
    {
        var reader = new FrameReader();
        var frame = LengthPrefix.Frame(Hex("AA BB CC"));

        foreach (var b in frame[..^1])
        {
            reader.Append([b]);
            reader.TryTake(out _).Should().BeFalse();
        }
        reader.Append(frame[^1..]);

        reader.TryTake(out var body).Should().BeTrue();
        body.Should().Equal(Hex("AA BB CC"));
        reader.BufferedCount.Should().Be(0);
    }

    [Fact]
    public void The_reader_takes_several_frames_arriving_in_one_read_and_keeps_the_rest()
    {
        var reader = new FrameReader();
        reader.Append([.. LengthPrefix.Frame([1]), .. LengthPrefix.Frame([2, 3]), 0x00]);

        reader.TryTake(out var first).Should().BeTrue();
        reader.TryTake(out var second).Should().BeTrue();
        reader.TryTake(out _).Should().BeFalse();

        first.Should().Equal([1]);
        second.Should().Equal([2, 3]);
        reader.BufferedCount.Should().Be(1);
    }

    [Fact]
    public void A_zero_length_is_rejected_and_the_reader_stays_faulted_until_reset()
    {
        var reader = new FrameReader();
        reader.Append(Hex("00 00 11"));

        FluentActions.Invoking(() => reader.TryTake(out _)).Should().Throw<FramingException>().WithMessage("frame length 0*");
        reader.Append(LengthPrefix.Frame([1]));
        FluentActions.Invoking(() => reader.TryTake(out _)).Should().Throw<FramingException>();

        reader.Reset();
        reader.Append(LengthPrefix.Frame([1]));
        reader.TryTake(out var body).Should().BeTrue();
        body.Should().Equal([1]);
    }

    [Fact]
    public void A_length_over_the_maximum_is_rejected_before_the_body_arrives()
    {
        var reader = new FrameReader(maxBodyLength: 100);
        reader.Append(Hex("00 65"));

        FluentActions.Invoking(() => reader.TryTake(out _)).Should().Throw<FramingException>().WithMessage("frame length 101 is over the maximum 100");
    }
}
