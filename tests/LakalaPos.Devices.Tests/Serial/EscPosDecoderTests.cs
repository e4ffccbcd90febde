using FluentAssertions;
using LakalaPos.Devices.Serial.EscPos;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>The decoder reads any bytes without failing: what it does not know it lists and skips.</summary>
public sealed class EscPosDecoderTests
{
    [Fact]
    public void Unknown_commands_are_listed_and_skipped_and_the_text_around_them_kept()
    {
        byte[] bytes = [.. "A"u8, 0x1B, (byte)'Z', .. "B\n"u8, 0x1D, (byte)'Q', .. "C\n"u8, 0x07, .. "D\n"u8];

        var printout = EscPosDecoder.Decode(bytes);

        printout.Uncut.Select(line => line.Text).Should().Equal("AB", "C", "D");
        printout.Unknown.Should().Equal("ESC Z", "GS Q", "control 0x07");
    }

    [Fact]
    public void Known_commands_with_parameters_are_skipped_whole()
    {
        byte[] bytes = [0x1B, (byte)'3', 0x30, 0x1B, (byte)'-', 0x01, 0x1D, (byte)'L', 0x10, 0x00, .. "text\n"u8];

        var printout = EscPosDecoder.Decode(bytes);

        printout.Uncut.Should().ContainSingle().Which.Text.Should().Be("text");
        printout.Unknown.Should().BeEmpty();
    }

    [Fact]
    public void Bytes_cut_off_inside_a_command_end_the_printout_and_say_where()
    {
        byte[] bytes = [.. new EscPosWriter().Line("商户存根").ToArray(), 0x1D, (byte)'V', 66];

        var printout = EscPosDecoder.Decode(bytes);

        printout.Uncut.Should().ContainSingle().Which.Text.Should().Be("商户存根");
        printout.Receipts.Should().BeEmpty();
        printout.Unknown.Should().Equal($"cut off at byte {bytes.Length - 3}");
    }

    [Fact]
    public void A_cut_off_qr_code_ends_the_printout()
    {
        var full = new EscPosWriter().QrCode("250314092653").ToArray();

        var printout = EscPosDecoder.Decode(full[..^9]); // all of the print command and the last byte of the stored text

        printout.Uncut.Should().BeEmpty();
        printout.Unknown.Should().ContainSingle().Which.Should().StartWith("cut off");
    }

    [Fact]
    public void Paper_sensor_requests_are_counted_and_print_nothing()
    {
        var bytes = new EscPosWriter().PaperStatusRequest().Line("x").PaperStatusRequest().Cut().ToArray();

        var printout = EscPosDecoder.Decode(bytes);

        printout.PaperStatusRequests.Should().Be(2);
        printout.Receipts.Single().Texts.Should().Equal("x");
    }

    [Fact]
    public void The_print_mode_command_sets_bold_and_double_size()
    {
        byte[] bytes = [0x1B, (byte)'!', 0x38, .. "大字\n"u8.ToArray()];

        var line = EscPosDecoder.Decode([.. bytes]).Uncut.Single();

        (line.Bold, line.Width, line.Height).Should().Be((true, 2, 2));
    }

    [Fact]
    public void Random_bytes_never_make_it_fail()
    {
        var random = new Random(8583);
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[64 * 1024];
            random.NextBytes(bytes);

            var act = () => EscPosDecoder.Decode(bytes);

            act.Should().NotThrow();
        }
    }
}
