using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Security;
using Xunit;

namespace LakalaPos.Core.Tests.Security;

public class SecretHandlingTests
{
    private const string Pan = "6222020200112233446";

    [Fact]
    public void A_card_number_is_shown_as_first_six_and_last_four() => PanMask.Mask(Pan).Should().Be("622202*********3446");

    [Fact]
    public void Card_data_never_prints_its_pan_or_track()
    {
        var card = new CardData(Pan, "2912", EntryMode.Swipe, track2: Pan + "=2912201");
        card.ToString().Should().NotContain(Pan).And.Contain("622202");
    }

    [Fact]
    public void Secret_digits_print_as_stars() => new SecretDigits("123456").ToString().Should().Be("******");

    [Fact]
    public void A_protected_pan_comes_back_only_with_the_same_key()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var blob = new PanProtector(key).Protect(Pan);

        System.Text.Encoding.ASCII.GetString(blob).Should().NotContain(Pan);
        new PanProtector(key).Unprotect(blob).Should().Be(Pan);
        new PanProtector(new byte[32]).Unprotect(blob).Should().BeNull();
    }

    [Fact]
    public void A_password_verifies_only_against_its_own_hash()
    {
        var hash = PasswordHasher.Hash(new SecretDigits("0000"));
        hash.Should().NotContain("0000$").And.StartWith("pbkdf2$");
        PasswordHasher.Verify(new SecretDigits("0000"), hash).Should().BeTrue();
        PasswordHasher.Verify(new SecretDigits("0001"), hash).Should().BeFalse();
        PasswordHasher.Verify(new SecretDigits("0000"), "garbage").Should().BeFalse();
    }
}
