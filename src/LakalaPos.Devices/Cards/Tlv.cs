namespace LakalaPos.Devices.Cards;

/// <summary>BER-TLV encoding of short EMV data objects (tags of one or two bytes, values under 128 bytes).</summary>
internal static class Tlv
{
    public static byte[] Encode(int tag, byte[] value)
    {
        if (value.Length > 127)
            throw new ArgumentOutOfRangeException(nameof(value), value.Length, "only short-form lengths are written");
        byte[] tagBytes = tag > 0xFF ? [(byte)(tag >> 8), (byte)tag] : [(byte)tag];
        return [.. tagBytes, (byte)value.Length, .. value];
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
