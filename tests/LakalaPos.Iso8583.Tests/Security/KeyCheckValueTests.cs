using FluentAssertions;
using LakalaPos.Iso8583.Security;
using Xunit;

namespace LakalaPos.Iso8583.Tests.Security;

public class KeyCheckValueTests
{
    [Fact]
    public void Double_length_check_value_is_3des_of_zeros_truncated_to_four_bytes()
    {
        // openssl enc -des-ede -K 0123456789ABCDEFFEDCBA9876543210 -nopad on 8 zero bytes -> 08D7B4FB629D0885
        KeyCheckValue.OfDoubleLengthKey(TestKeys.MasterKey).Should().Equal(Convert.FromHexString("08D7B4FB"));
    }

    [Fact]
    public void Single_length_check_value_is_des_of_zeros_truncated_to_four_bytes()
    {
        // openssl enc -des-ecb -K 0123456789ABCDEF -nopad (legacy provider) on 8 zero bytes -> D5D44FF720683D0D
        KeyCheckValue.OfSingleLengthKey(Convert.FromHexString("0123456789ABCDEF"))
            .Should().Equal(Convert.FromHexString("D5D44FF7"));
    }

    [Fact]
    public void Double_length_key_with_equal_halves_works_and_equals_single_des()
    {
        // .NET's TripleDES refuses K1 == K2 as a weak key; openssl des-ede accepts it and gives
        // 82E13665, the same as openssl des-ecb with 1111111111111111.
        KeyCheckValue.OfDoubleLengthKey(Convert.FromHexString("11111111111111111111111111111111"))
            .Should().Equal(Convert.FromHexString("82E13665"));
    }

    [Fact]
    public void Key_of_the_wrong_length_is_refused_with_its_length_in_the_message()
    {
        var act = () => KeyCheckValue.OfDoubleLengthKey(new byte[8]);

        act.Should().Throw<ArgumentException>().WithMessage("Key must be 16 bytes, got 8*");
    }
}
