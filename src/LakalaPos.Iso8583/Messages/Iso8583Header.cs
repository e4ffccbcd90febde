namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// The 6-byte header, UnionPay layout: application type (60), spec version (31), terminal status
/// (high nibble) + processing requirement (low nibble), software version (3 bytes, e.g. 31 00 00).
/// </summary>
public static class Iso8583Header
{
    /// <summary>Processing requirement 3: the host wants the terminal to sign in again.</summary>
    public const int SignInAgain = 3;

    public static int ProcessingRequirement(byte[] header) => header.Length > 2 ? header[2] & 0x0F : 0;

    /// <summary>A copy of <paramref name="header"/> with the processing requirement digit set (the host side).</summary>
    public static byte[] WithProcessingRequirement(byte[] header, int requirement)
    {
        var copy = (byte[])header.Clone();
        copy[2] = (byte)((copy[2] & 0xF0) | (requirement & 0x0F));
        return copy;
    }
}
