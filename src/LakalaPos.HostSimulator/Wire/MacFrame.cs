using LakalaPos.Protocol.Iso8583;

namespace LakalaPos.HostSimulator.Wire;

/// <summary>
/// Where the MAC sits in a body: field 64 is the last field and fixed at 8 bytes, so the MAC input
/// (MTI to the end of field 63) is the body after TPDU and header, less its last 8 bytes.
/// </summary>
/// <remarks>Mirrors Iso8583Codec.MacInput / EncodeWithMac of the protocol library; either may serve.</remarks>
internal static class MacFrame
{
    private const int MtiOffset = 5 + 6; // TPDU + header
    private const int MacLength = 8;
    private const int ShortestBodyWithMac = MtiOffset + 2 + 8 + MacLength; // + MTI + bitmap + MAC

    public static byte[] Input(ReadOnlySpan<byte> bodyWithMac)
    {
        if (bodyWithMac.Length < ShortestBodyWithMac)
            throw new Iso8583FormatException($"a body carrying field 64 has at least {ShortestBodyWithMac} bytes, this one {bodyWithMac.Length}");
        return bodyWithMac[MtiOffset..^MacLength].ToArray();
    }

    /// <summary>Encodes the message with field 64 set to <paramref name="mac"/> of its own MAC input (the message keeps that value).</summary>
    public static byte[] EncodeWithMac(Iso8583Message message, Func<ReadOnlySpan<byte>, byte[]> mac)
    {
        message.Set(64, new byte[MacLength]);
        var body = Iso8583Codec.Encode(message);
        var value = mac(Input(body));
        if (value.Length < MacLength)
            throw new InvalidOperationException($"a MAC has {MacLength} bytes, got {value.Length}");
        value.AsSpan(0, MacLength).CopyTo(body.AsSpan(body.Length - MacLength));
        message.Set(64, value[..MacLength]);
        return body;
    }
}
