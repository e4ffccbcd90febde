using System.Text;
using FluentAssertions;
using LakalaPos.Iso8583.Security;
using Xunit;

namespace LakalaPos.Iso8583.Tests.Security;

// Expected MACs: python3 folded the blocks by XOR and did the hex expansion, each DES step was
// `openssl enc -des-ecb -K 1A2B3C4D5E6F7089 -nopad -provider legacy -provider default`.
public class UnionPayMacTests
{
    [Fact]
    public void Mac_of_input_shorter_than_one_block_zero_pads_it()
    {
        UnionPayMac.Compute("12345"u8, TestKeys.MacKey)
            .Should().Equal(Encoding.ASCII.GetBytes("A9900E7C"));
    }

    [Fact]
    public void Mac_of_several_blocks_folds_them_by_xor_including_a_short_last_block()
    {
        // 31 bytes: three full blocks and a 7-byte tail.
        byte[] message = Convert.FromHexString("0200702406C020C09811166222020200112233446000000000000000010000");

        UnionPayMac.Compute(message, TestKeys.MacKey)
            .Should().Equal(Encoding.ASCII.GetBytes("366A61BC"));
    }

    [Fact]
    public void Mac_is_eight_upper_case_hex_characters()
    {
        byte[] mac = UnionPayMac.Compute(new byte[64], TestKeys.MacKey);

        Encoding.ASCII.GetString(mac).Should().MatchRegex("^[0-9A-F]{8}$");
    }

    [Fact]
    public void Changing_one_byte_changes_the_mac()
    {
        byte[] message = Encoding.ASCII.GetBytes("0200 amount 000000000100");
        byte[] original = UnionPayMac.Compute(message, TestKeys.MacKey);
        message[^1] ^= 0x01;

        UnionPayMac.Compute(message, TestKeys.MacKey).Should().NotEqual(original);
    }
}
