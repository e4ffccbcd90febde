using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Framing;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>
/// The simulator's log: messages that decoded are shown with card data and secrets masked by
/// field; bytes that did not decode only by their length, their decode error and their head.
/// </summary>
public class LogMaskingTests
{
    private static readonly byte[] PinBlockValue = Convert.FromHexString("A1B2C3D4E5F60718");
    private readonly HostUnderTest _host = new();

    private string Log => _host.Log.All;

    private static byte[] SaleWithPinBlock() =>
        Iso8583Codec.Encode(Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: PinBlockValue));

    [Fact]
    public void A_received_message_is_logged_with_pan_and_pin_block_masked_and_the_rest_readable()
    {
        _host.Simulator.Handle(SaleWithPinBlock());

        Log.Should().Contain("622202*********3446").And.Contain("000000010000");
        Log.Should().NotContain(TestCardTable.Debit.Pan).And.NotContain("A1B2C3D4");
    }

    [Fact]
    public void A_sale_with_a_pin_block_and_a_trailing_byte_leaves_no_part_of_the_pin_block_in_the_log()
    {
        byte[] body = [.. SaleWithPinBlock(), 0x00];

        _host.Simulator.Handle(body);

        Log.Should().Contain("1 unexpected bytes after the last field");
        for (var i = 0; i + 4 <= PinBlockValue.Length; i++)
            Log.Should().NotContain(Convert.ToHexString(PinBlockValue, i, 4), "no 4 bytes of the PIN block may be logged");
        Log.Should().NotContain(TestCardTable.Debit.Pan[6..]);
    }

    [Fact]
    public void Undecodable_bytes_are_logged_by_their_length_error_and_head_only()
    {
        byte[] body = [.. SaleWithPinBlock(), 0x00];

        _host.Simulator.Handle(body);

        Log.Should().Contain($"{body.Length} bytes, head {Convert.ToHexString(body, 0, SafeHex.HeadLength)}…");
    }

    [Fact]
    public void A_long_undecodable_message_leaves_no_run_of_a_card_number_in_the_log()
    {
        var body = new byte[600];
        Array.Fill(body, (byte)0xEE);
        // The PAN straddles byte 512, where the old dump was cut, with 11 of its digits before it.
        body[506] = 0xE6;
        Convert.FromHexString("220202001122334460").CopyTo(body, 507);

        _host.Simulator.Handle(body);

        Log.Should().Contain("600 bytes");
        var pan = TestCardTable.Debit.Pan;
        for (var i = 0; i + 7 <= pan.Length; i++)
            Log.Should().NotContain(pan.Substring(i, 7), "no run of the card number past its first six digits may be logged");
    }

    [Fact]
    public void Undecodable_bytes_that_are_not_message_shaped_keep_only_the_first_six_digits_of_a_run_in_their_head()
    {
        _host.Simulator.Handle(Convert.FromHexString("AB" + "6222020200112233446D2912101000" + "AB"));

        Log.Should().Contain("AB" + "622202" + new string('*', 18) + "…");
    }

    [Fact]
    public void Working_keys_sent_in_a_sign_in_answer_are_masked()
    {
        _host.Simulator.Handle(Iso8583Codec.Encode(Requests.SignIn()));

        var keys = _host.Simulator.Store.SessionKeys(new(Requests.TerminalNumber, Requests.MerchantNumber))!;
        Log.Should().Contain("Sent");
        Log.Should().NotContain(Convert.ToHexString(keys.PinKey)).And.NotContain(Convert.ToHexString(keys.MacKey));
    }
}
