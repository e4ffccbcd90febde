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

    [Theory]
    [InlineData(160, "538086FD")] // a sale's size, whole blocks: bytes 0, 1, 2, ...
    [InlineData(163, "1168CEF0")] // and with a 3-byte tail: bytes (7i + 3) mod 256
    public void Mac_of_a_sale_sized_input_matches_openssl(int length, string expected)
    {
        byte[] message = length % 8 == 0
            ? Enumerable.Range(0, length).Select(i => (byte)i).ToArray()
            : Enumerable.Range(0, length).Select(i => (byte)(i * 7 + 3)).ToArray();

        UnionPayMac.Compute(message, TestKeys.MacKey).Should().Equal(Encoding.ASCII.GetBytes(expected));
    }

    [Fact]
    public void Span_overload_writes_the_same_mac_without_an_array()
    {
        Span<byte> mac = stackalloc byte[UnionPayMac.Length];

        UnionPayMac.Compute("12345"u8, TestKeys.MacKey, mac);

        Encoding.ASCII.GetString(mac).Should().Be("A9900E7C");
    }

    [Fact]
    public void Repeated_macs_under_one_key_array_stay_the_same()
    {
        byte[] key = TestKeys.MacKey;
        for (int i = 0; i < 3; i++)
            UnionPayMac.Compute("12345"u8, key).Should().Equal(Encoding.ASCII.GetBytes("A9900E7C"));
    }

    [Fact]
    public void A_key_array_changed_in_place_is_used_with_its_new_bytes()
    {
        // The DES transform is cached per key array: it must follow the array's contents.
        byte[] key = Convert.FromHexString("0123456789ABCDEF");
        byte[] before = UnionPayMac.Compute("12345"u8, key);
        TestKeys.MacKey.CopyTo(key, 0);

        UnionPayMac.Compute("12345"u8, key).Should().Equal(Encoding.ASCII.GetBytes("A9900E7C"));
        before.Should().NotEqual(Encoding.ASCII.GetBytes("A9900E7C"));
    }

    [Fact]
    public void One_key_used_from_many_threads_at_once_gives_the_same_macs()
    {
        // The host simulator may check one session's MACs on two threads at once.
        byte[] key = TestKeys.MacKey;
        byte[] message = Convert.FromHexString("0200702406C020C09811166222020200112233446000000000000000010000");
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results.Add(Encoding.ASCII.GetString(i % 2 == 0 ? UnionPayMac.Compute(message, key) : UnionPayMac.Compute("12345"u8, key))));

        results.Should().HaveCount(2_000).And.OnlyContain(mac => mac == "366A61BC" || mac == "A9900E7C");
        results.Count(mac => mac == "366A61BC").Should().Be(1_000);
    }
}
