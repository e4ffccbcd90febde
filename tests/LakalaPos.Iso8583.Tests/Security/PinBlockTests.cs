using System.Security.Cryptography;
using FluentAssertions;
using LakalaPos.Iso8583.Security;
using Xunit;

namespace LakalaPos.Iso8583.Tests.Security;

public class PinBlockTests
{
    [Fact]
    public void Clear_block_is_pin_field_xor_twelve_pan_digits_before_the_check_digit()
    {
        // Worked by hand:
        //   PIN field: 0 | 6 | 123456 | FFFFFFFF                 = 06123456FFFFFFFF
        //   PAN 6222020200112233446, drop check digit 6, take the 12 rightmost of
        //   622202020011223344 -> 020011223344; PAN field = 0000020011223344
        //   XOR: 06^00 12^00 34^02 56^00 FF^11 FF^22 FF^33 FF^44 = 06123656EEDDCCBB
        PinBlock.Clear(TestKeys.Pin, TestKeys.Pan).Should().Equal(Convert.FromHexString("06123656EEDDCCBB"));
    }

    [Fact]
    public void Encrypted_block_is_the_clear_block_under_3des_ecb_with_the_pin_key()
    {
        // openssl enc -des-ede -K 0123456789ABCDEFFEDCBA9876543210 -nopad on 06123656EEDDCCBB
        PinBlock.Encrypt(TestKeys.Pin, TestKeys.Pan, TestKeys.MasterKey)
            .Should().Equal(Convert.FromHexString("C3286A0EA988D3E4"));
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("000000000000")]
    public void Decrypt_returns_the_pin_that_was_encrypted(string pin)
    {
        byte[] block = PinBlock.Encrypt(pin, TestKeys.Pan, TestKeys.PinKey);

        PinBlock.Decrypt(block, TestKeys.Pan, TestKeys.PinKey).Should().Be(pin);
    }

    [Fact]
    public void Decrypt_reads_an_independently_encrypted_block()
    {
        // Same vector as the encryption test, produced by openssl.
        PinBlock.Decrypt(Convert.FromHexString("C3286A0EA988D3E4"), TestKeys.Pan, TestKeys.MasterKey)
            .Should().Be(TestKeys.Pin);
    }

    [Theory]
    // Each block: the named bad PIN field XOR PAN field 0000020011223344, then openssl des-ede under the test TMK.
    [InlineData("BB525D277F17A795", "length nibble")] // 03123FFFFFFFFFFF: PIN length 3
    [InlineData("94464AB559F86FD6", "control nibble")] // 14123456FFFFFFFF: format nibble 1
    [InlineData("C7DD0A8380B56AAB", "non-digit")] // 041A34FFFFFFFFFF: 'A' inside the PIN
    [InlineData("01BBC3F4569ECD5F", "filler")] // 041234FFFFFFFF0F: a 0 in the F padding
    public void Decrypt_refuses_a_block_that_is_not_format_0_without_revealing_its_digits(string blockHex, string reason)
    {
        var act = () => PinBlock.Decrypt(Convert.FromHexString(blockHex), TestKeys.Pan, TestKeys.MasterKey);

        act.Should().Throw<CryptographicException>()
            .Which.Message.Should().Contain(reason).And.NotContain("123").And.NotContain("1234");
    }

    [Fact]
    public void Decrypt_refuses_a_block_that_is_not_eight_bytes()
    {
        var act = () => PinBlock.Decrypt(new byte[7], TestKeys.Pan, TestKeys.PinKey);

        act.Should().Throw<CryptographicException>().WithMessage("*8 bytes*");
    }

    [Theory]
    [InlineData("123", TestKeys.Pan, "PIN must have 4-12 digits*")]
    [InlineData("12a4", TestKeys.Pan, "PIN must contain digits only*")]
    [InlineData("1234", "622202020011", "PAN must have 13-19 digits*")]
    public void Clear_rejects_bad_input_naming_the_rule_not_the_value(string pin, string pan, string message)
    {
        var act = () => PinBlock.Clear(pin, pan);

        act.Should().Throw<ArgumentException>().WithMessage(message)
            .Which.Message.Should().NotContain(pin).And.NotContain(pan);
    }
}
