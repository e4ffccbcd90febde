using System.Numerics;
using System.Security.Cryptography;
using FluentAssertions;
using LakalaPos.Iso8583.Security;
using Xunit;

namespace LakalaPos.Iso8583.Tests.Security;

public class WorkingKeysTests
{
    // Hand-assembled from openssl output (des-ede under the test TMK, check values as in KeyCheckValueTests):
    //   PIN key 00112233445566778899AABBCCDDEEFF under TMK  31A7364CAC91CA39C0489F69BEC54FA2
    //   its check value                                      FB097599
    //   MAC key 1A2B3C4D5E6F7089 under TMK                   C9DD561438BA6F64
    //   filler                                               0000000000000000
    //   MAC key check value (des-ecb)                        69FA4315
    private const string Field62Hex =
        "31A7364CAC91CA39C0489F69BEC54FA2" + "FB097599" + "C9DD561438BA6F64" + "0000000000000000" + "69FA4315";

    [Fact]
    public void Unpack_decrypts_both_keys_under_the_master_key()
    {
        var keys = WorkingKeys.Unpack(Convert.FromHexString(Field62Hex), TestKeys.MasterKey);

        keys.PinKey.Should().Equal(TestKeys.PinKey);
        keys.MacKey.Should().Equal(TestKeys.MacKey);
    }

    [Fact]
    public void Pack_produces_the_same_field_62_a_host_would_send()
    {
        new WorkingKeys(TestKeys.PinKey, TestKeys.MacKey).Pack(TestKeys.MasterKey)
            .Should().Equal(Convert.FromHexString(Field62Hex));
    }

    [Theory]
    [InlineData(16, "PIN key check value mismatch*")]
    [InlineData(36, "MAC key check value mismatch*")]
    public void Unpack_refuses_a_wrong_check_value(int checkValueOffset, string message)
    {
        byte[] field = Convert.FromHexString(Field62Hex);
        field[checkValueOffset] ^= 0x01;

        var act = () => WorkingKeys.Unpack(field, TestKeys.MasterKey);

        act.Should().Throw<CryptographicException>().WithMessage(message);
    }

    [Fact]
    public void Unpack_under_the_wrong_master_key_fails_the_check()
    {
        byte[] otherMaster = Convert.FromHexString("FEDCBA98765432100123456789ABCDEF");

        var act = () => WorkingKeys.Unpack(Convert.FromHexString(Field62Hex), otherMaster);

        act.Should().Throw<CryptographicException>().WithMessage("PIN key check value mismatch*");
    }

    [Fact]
    public void Unpack_refuses_a_field_that_is_not_40_bytes()
    {
        var act = () => WorkingKeys.Unpack(new byte[39], TestKeys.MasterKey);

        act.Should().Throw<CryptographicException>().WithMessage("Field 62 must be 40 bytes, got 39*");
    }

    [Fact]
    public void ToString_masks_the_keys()
    {
        var keys = new WorkingKeys(TestKeys.PinKey, TestKeys.MacKey);

        keys.ToString().Should().Be("WorkingKeys(****)")
            .And.NotContain("0011").And.NotContain("1A2B").And.NotContain("Byte");
    }

    [Fact]
    public void Keys_of_the_wrong_length_are_refused()
    {
        var act = () => new WorkingKeys(new byte[8], TestKeys.MacKey);

        act.Should().Throw<ArgumentException>().WithMessage("PinKey must be 16 bytes, got 8*");
    }

    [Fact]
    public void Generated_keys_survive_pack_and_unpack()
    {
        var keys = WorkingKeys.Generate();

        var unpacked = WorkingKeys.Unpack(keys.Pack(TestKeys.MasterKey), TestKeys.MasterKey);

        unpacked.PinKey.Should().Equal(keys.PinKey);
        unpacked.MacKey.Should().Equal(keys.MacKey);
    }

    [Fact]
    public void Generated_keys_have_odd_parity_distinct_halves_and_differ_each_time()
    {
        var first = WorkingKeys.Generate();
        var second = WorkingKeys.Generate();

        first.PinKey.Concat(first.MacKey).Should().OnlyContain(b => BitOperations.PopCount(b) % 2 == 1);
        first.PinKey[..8].Should().NotEqual(first.PinKey[8..]);
        second.PinKey.Should().NotEqual(first.PinKey);
    }
}
