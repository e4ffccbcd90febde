using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Iso8583;

/// <summary>Whatever bytes arrive, Decode either gives a message or throws Iso8583FormatException — nothing else.</summary>
public class DecodeRobustnessTests
{
    private static readonly byte[] ValidSale = Iso8583Codec.Encode(
        HostRequestMapper.ToMessage(Sale(InsertedDebit()), [0x60, 0, 3, 0, 0], null).Set(39, "00").Set(62, new byte[40]));

    private static void DecodesOrRefusesCleanly(byte[] bytes)
    {
        try
        {
            Iso8583Codec.Decode(bytes);
        }
        catch (Iso8583FormatException)
        {
        }
    }

    [Fact]
    public void Random_bytes_never_throw_anything_but_a_format_exception()
    {
        var random = new Random(8583);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 120)];
            random.NextBytes(bytes);
            if (bytes.Length > 13 && i % 2 == 0)
                bytes[13] &= 0x7F; // get past the secondary-bitmap check half of the time
            DecodesOrRefusesCleanly(bytes); // any other exception fails the test
        }
    }

    [Fact]
    public void Every_truncation_of_a_valid_message_is_refused_as_a_format_error()
    {
        for (var length = 0; length < ValidSale.Length; length++)
        {
            var cut = ValidSale[..length];
            FluentActions.Invoking(() => Iso8583Codec.Decode(cut)).Should().Throw<Iso8583FormatException>($"cut at {length}");
        }
    }

    [Fact]
    public void Every_single_byte_corruption_of_a_valid_message_decodes_or_is_refused_cleanly()
    {
        var random = new Random(99);
        for (var position = 0; position < ValidSale.Length; position++)
        {
            for (var round = 0; round < 8; round++)
            {
                var corrupt = (byte[])ValidSale.Clone();
                corrupt[position] = (byte)random.Next(256);
                DecodesOrRefusesCleanly(corrupt);
            }
        }
    }
}
