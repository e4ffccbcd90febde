using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Iso8583;

/// <summary>
/// Whole messages written out byte by byte from host-protocol.md, not produced by the code under
/// test: the mapping and the codec together must give exactly these bytes.
/// </summary>
public class HandWrittenEncodingTests
{
    private static readonly byte[] Tpdu = Hex("60 00 03 00 00");

    [Fact]
    public void Sign_in_0800_is_encoded_as_the_spec_writes_it()
    {
        var expected = Hex(string.Join(" ",
            "60 00 03 00 00",                               // TPDU
            "60 31 00 31 00 00",                            // header
            "08 00",                                        // MTI
            "00 20 00 00 00 C0 00 12",                      // bitmap: 11 | 41 42 | 60 63
            "00 00 01",                                     // 11 trace 000001
            "31 32 33 34 35 36 37 38",                      // 41 terminal 12345678
            "31 32 33 34 35 36 37 38 39 30 31 32 33 34 35", // 42 merchant 123456789012345
            "00 11 00 00 00 01 00 30",                      // 60 LLL=11: 00 000001 003 + pad nibble
            "00 03 30 30 31"));                             // 63 LLL=3: operator 01 as "001"

        var body = Iso8583Codec.Encode(HostRequestMapper.ToMessage(SignIn(trace: 1), Tpdu, null));

        Convert.ToHexString(body).Should().Be(Convert.ToHexString(expected));
    }

    [Fact]
    public void Sale_0200_by_swipe_without_pin_is_encoded_as_the_spec_writes_it()
    {
        var expected = Hex(string.Join(" ",
            "60 00 03 00 00",                               // TPDU
            "60 31 00 31 00 00",                            // header
            "02 00",                                        // MTI
            "70 3C 04 80 20 C0 80 10",                      // bitmap: 2 3 4 | 11 12 13 14 | 22 | 25 | 35 | 41 42 | 49 | 60
            "16 62 58 07 00 12 34 56 73",                   // 2 LL=16 PAN
            "00 00 00",                                     // 3 sale 000000
            "00 00 00 00 12 34",                            // 4 12.34 yuan
            "00 00 02",                                     // 11 trace 000002
            "10 00 00",                                     // 12 10:00:00
            "11 22",                                        // 13 Nov 22
            "28 11",                                        // 14 expiry 2811
            "02 20",                                        // 22 swipe, no PIN, left-aligned
            "00",                                           // 25 normal
            "27 62 58 07 00 12 34 56 73 D2 81 11 01 12 30", // 35 LL=27, '=' as D, trailing pad
            "31 32 33 34 35 36 37 38",                      // 41
            "31 32 33 34 35 36 37 38 39 30 31 32 33 34 35", // 42
            "31 35 36",                                     // 49 CNY
            "00 11 22 00 00 01 00 00"));                    // 60 LLL=11: 22 000001 000 + pad

        var body = Iso8583Codec.Encode(HostRequestMapper.ToMessage(Sale(), Tpdu, null));

        Convert.ToHexString(body).Should().Be(Convert.ToHexString(expected));
    }
}
