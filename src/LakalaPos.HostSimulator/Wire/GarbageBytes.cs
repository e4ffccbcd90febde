namespace LakalaPos.HostSimulator.Wire;

/// <summary>
/// The answer of rule garbage: ASCII text where a message should be. Its "MTI" bytes ("-8") are not
/// BCD digits and it is shorter than TPDU + header + MTI + bitmap, so no decoder can take it for a message.
/// </summary>
internal static class GarbageBytes
{
    public static byte[] Create() => "GARBAGE-NOT-8583"u8.ToArray();
}
