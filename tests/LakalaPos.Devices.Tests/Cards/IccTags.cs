namespace LakalaPos.Devices.Tests;

/// <summary>Reads the simple BER-TLV a test card returns: tags of one or two bytes, short lengths.</summary>
internal static class IccTags
{
    public static Dictionary<string, byte[]> Parse(byte[] data)
    {
        var tags = new Dictionary<string, byte[]>();
        var i = 0;
        while (i < data.Length)
        {
            var tagLength = (data[i] & 0x1F) == 0x1F ? 2 : 1;
            var tag = Convert.ToHexString(data, i, tagLength);
            i += tagLength;
            int length = data[i++];
            if (length > 0x7F || i + length > data.Length)
                throw new FormatException($"bad TLV length at tag {tag}");
            tags.Add(tag, data[i..(i + length)]);
            i += length;
        }
        return tags;
    }
}
