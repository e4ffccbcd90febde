using FluentAssertions;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>Hex dumps of undecodable answers may be logged only with card data masked.</summary>
public class SafeHexTests
{
    [Fact]
    public void A_packed_track_keeps_only_its_first_six_characters() =>
        SafeHex.Dump(Hex("AB 27 62 58 07 00 12 34 56 73 D2 81 11 01 12 30 FF"))
            .Should().Be("AB276258" + new string('*', 24) + "FF");

    [Fact]
    public void Ascii_digits_are_masked_too() =>
        SafeHex.Dump("CUP6258070012345673"u8).Should().Be("435550" + new string('*', 32));

    [Fact]
    public void Short_digit_runs_and_other_bytes_stay_readable() =>
        SafeHex.Dump(Hex("60 00 03 00 00 AB CD EF")).Should().Be("6000030000ABCDEF");

    [Fact]
    public void Long_dumps_are_cut_and_say_how_long_they_were() =>
        SafeHex.Dump(new byte[600]).Should().EndWith("... (600 bytes)");
}
