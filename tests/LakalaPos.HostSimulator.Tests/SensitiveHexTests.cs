using LakalaPos.HostSimulator.Cards;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.HostSimulator.Wire;
using LakalaPos.Protocol.Iso8583;

namespace LakalaPos.HostSimulator.Tests;

public class SensitiveHexTests
{
    private static readonly byte[] PinBlockValue = Convert.FromHexString("A1B2C3D4E5F60718");

    [Fact]
    public void A_decoded_message_is_logged_with_PAN_track_and_PIN_block_masked_and_the_rest_readable()
    {
        var pan = TestCards.Debit.Pan;
        var track = pan + "=29121010000000000";
        var message = new Iso8583Message("0200").Set(2, pan).Set(35, track).Set(52, PinBlockValue).Set(4, "000000010000");
        var body = Convert.FromHexString(
            "0200" + "19" + pan + "0" + "000000010000" + "37" + track.Replace('=', 'D') + "0" + Convert.ToHexString(PinBlockValue));

        var hex = SensitiveHex.Render(body, message);

        hex.Should().NotContain(pan).And.NotContain("D2912").And.NotContain("A1B2C3D4");
        hex.Should().Contain("622202*********3446").And.Contain("000000010000").And.StartWith("0200");
    }

    [Fact]
    public void Working_keys_in_a_sign_in_answer_are_masked()
    {
        var keys = Convert.FromHexString("00112233445566778899AABBCCDDEEFF");
        var message = new Iso8583Message("0810").Set(62, keys);

        SensitiveHex.Render([0x08, 0x10, .. keys], message).Should().Be("0810" + new string('*', 32));
    }

    [Fact]
    public void Undecoded_bytes_have_every_long_run_of_digits_masked_and_track_data_after_its_first_digits()
    {
        var log = new CapturedLog();
        var host = new AcquirerSimulator(logger: log.Logger);

        host.Handle(Convert.FromHexString("AB" + "6222020200112233446D2912101000" + "AB"));

        log.All.Should().Contain("AB" + "622202" + new string('*', 24) + "AB");
    }

    [Fact]
    public void Undecoded_bytes_show_no_more_than_the_first_six_digits_of_a_card_number()
    {
        var log = new CapturedLog();
        var host = new AcquirerSimulator(logger: log.Logger);

        host.Handle(Convert.FromHexString("AB" + "6222020200112233446" + "0" + "AB"));

        log.All.Should().Contain("AB" + "622202" + new string('*', 14) + "AB").And.NotContain("3446");
    }
}
