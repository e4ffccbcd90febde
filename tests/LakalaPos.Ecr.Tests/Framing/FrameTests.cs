using System.Text;
using FluentAssertions;
using LakalaPos.Ecr.Framing;
using static LakalaPos.Ecr.Tests.Support.Wire;

namespace LakalaPos.Ecr.Tests.Framing;

/// <summary>STX, four digits of length, the UTF-8 body, ETX, and the XOR of LEN through ETX.</summary>
public class FrameTests
{
    [Fact]
    public void A_frame_is_stx_the_length_in_four_digits_the_body_etx_and_the_lrc() =>
        EcrFrame.Encode("ver=1").Should().Equal(Hex("02  30 30 30 35  76 65 72 3D 31  03  6B"));

    [Fact]
    public void The_lrc_is_the_xor_of_len_body_and_etx() =>
        EcrFrame.Encode("ver=1\ntype=QUERY\nid=R1\norder=A1").Should().Equal(Hex(
            "02 30 30 33 31 76 65 72 3D 31 0A 74 79 70 65 3D 51 55 45 52 59 0A 69 64 3D 52 31 0A 6F 72 64 65 72 3D 41 31 03 79"));

    [Fact]
    public void The_worked_example_of_docs_ecr_md_is_what_the_code_sends() =>
        EcrFrame.Encode("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=可乐|2|350").Should().Equal(Hex("""
            02 30 30 34 38
            76 65 72 3D 31 0A 74 79 70 65 3D 53 41 4C 45 0A 69 64 3D 52 31 0A 6F 72 64 65 72 3D 41 31 0A
            69 74 65 6D 3D E5 8F AF E4 B9 90 7C 32 7C 33 35 30
            03 08
            """));

    [Fact]
    public void The_length_counts_bytes_not_characters()
    {
        var frame = EcrFrame.Encode("item=可乐|2|350");

        Encoding.ASCII.GetString(frame, 1, 4).Should().Be("0017", "each of 可乐 is three bytes in UTF-8");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void A_body_must_be_1_to_9999_bytes(int length) =>
        FluentActions.Invoking(() => EcrFrame.Encode(new byte[length])).Should().Throw<ArgumentException>().WithMessage("*1-9999 bytes*");

    [Theory]
    [InlineData("ver=1")]
    [InlineData("ver=1\ntype=SALE\nitem=可乐|2|350\nitem=矿泉水 550ml|1|200")]
    public void Every_frame_read_back_gives_its_body(string body)
    {
        var receiver = new FrameReceiver();
        var steps = EcrFrame.Encode(body).Select(receiver.Take).ToList();

        steps[..^1].Should().AllBeEquivalentTo(ReceiveStep.Taken);
        steps[^1].Should().Be(ReceiveStep.Frame);
        receiver.Body.Should().Be(body);
    }

    [Fact]
    public void A_body_of_9999_bytes_reads_back()
    {
        var body = new string('x', 9999);
        var receiver = new FrameReceiver();

        EcrFrame.Encode(body).Select(receiver.Take).ToList()[^1].Should().Be(ReceiveStep.Frame);
        receiver.Body.Should().Be(body);
    }

    [Fact]
    public void A_length_that_is_not_four_digits_refuses_the_frame_at_once()
    {
        var receiver = new FrameReceiver();

        var steps = "\u000200x5"u8.ToArray().Select(receiver.Take).ToList();

        steps.Should().Equal(ReceiveStep.Taken, ReceiveStep.Taken, ReceiveStep.Taken, ReceiveStep.Refused, ReceiveStep.Noise);
        receiver.Problem.Should().Contain("not a digit");
        receiver.InFrame.Should().BeFalse();
    }

    [Fact]
    public void A_missing_etx_refuses_the_frame()
    {
        var frame = EcrFrame.Encode("ver=1");
        frame[^2] = (byte)'!';
        var receiver = new FrameReceiver();

        frame.Select(receiver.Take).ToList().Should().Contain(ReceiveStep.Refused).And.NotContain(ReceiveStep.Frame);
        receiver.Problem.Should().Contain("ETX");
    }

    [Fact]
    public void A_wrong_lrc_refuses_the_frame()
    {
        var receiver = new FrameReceiver();

        WithWrongLrc("ver=1").Select(receiver.Take).ToList()[^1].Should().Be(ReceiveStep.Refused);
        receiver.Problem.Should().Contain("LRC");
    }

    [Fact]
    public void A_body_that_is_not_utf8_refuses_the_frame()
    {
        var receiver = new FrameReceiver();

        EcrFrame.Encode(Hex("76 65 72 3D FF")).Select(receiver.Take).ToList()[^1].Should().Be(ReceiveStep.Refused);
        receiver.Problem.Should().Contain("UTF-8");
    }

    [Fact]
    public void An_stx_that_breaks_a_frame_starts_the_next_one()
    {
        var receiver = new FrameReceiver();
        byte[] bytes = [EcrControl.Stx, (byte)'0', .. EcrFrame.Encode("ver=1")];

        var steps = bytes.Select(receiver.Take).ToList();

        steps.Should().ContainSingle(s => s == ReceiveStep.Refused);
        steps[^1].Should().Be(ReceiveStep.Frame);
        receiver.Body.Should().Be("ver=1");
    }

    [Fact]
    public void Outside_a_frame_ack_and_nak_are_control_bytes_and_anything_else_is_noise()
    {
        var receiver = new FrameReceiver();

        new byte[] { Ack, Nak, 0x41, 0x03, 0x0A }.Select(receiver.Take).ToList().Should().Equal(
            ReceiveStep.Ack, ReceiveStep.Nak, ReceiveStep.Noise, ReceiveStep.Noise, ReceiveStep.Noise);
    }
}
