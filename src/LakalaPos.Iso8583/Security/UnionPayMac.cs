using System.Buffers.Binary;

namespace LakalaPos.Iso8583.Security;

/// <summary>UnionPay "ECB" MAC (host-protocol.md) over the bytes from MTI to the end of field 63.</summary>
/// <remarks>
/// XOR of the 8-byte blocks (a short last block zero-padded) → 16 upper-case hex characters;
/// DES of the first 8 → XOR with the last 8 → DES → the first 4 bytes as 8 hex characters.
/// Computed on the stack with the key's cached DES transform (<see cref="DesEcb"/>): the only
/// allocation is the returned array, and none with the <see cref="Span{T}"/> overload.
/// </remarks>
public static class UnionPayMac
{
    public const int Length = 8;

    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    public static byte[] Compute(ReadOnlySpan<byte> data, byte[] macKey8)
    {
        var mac = new byte[Length];
        Compute(data, macKey8, mac);
        return mac;
    }

    /// <summary>Writes the 8 ASCII hex characters of the MAC into <paramref name="destination"/>.</summary>
    public static void Compute(ReadOnlySpan<byte> data, byte[] macKey8, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(macKey8);
        if (destination.Length < Length)
            throw new ArgumentException($"Destination must hold {Length} bytes, got {destination.Length}.", nameof(destination));

        ulong fold = 0;
        int whole = data.Length - data.Length % DesEcb.BlockSize;
        for (int i = 0; i < whole; i += DesEcb.BlockSize)
            fold ^= BinaryPrimitives.ReadUInt64BigEndian(data.Slice(i, DesEcb.BlockSize));
        Span<byte> folded = stackalloc byte[DesEcb.BlockSize];
        BinaryPrimitives.WriteUInt64BigEndian(folded, fold);
        for (int i = whole; i < data.Length; i++)
            folded[i - whole] ^= data[i]; // a short last block is thereby zero-padded

        Span<byte> foldedHex = stackalloc byte[2 * DesEcb.BlockSize];
        WriteHex(folded, foldedHex);
        Span<byte> block = stackalloc byte[DesEcb.BlockSize];
        DesEcb.EncryptDes(macKey8, foldedHex[..DesEcb.BlockSize], block);
        for (int i = 0; i < DesEcb.BlockSize; i++)
            block[i] ^= foldedHex[DesEcb.BlockSize + i];
        DesEcb.EncryptDes(macKey8, block, block);
        WriteHex(block[..(Length / 2)], destination);
    }

    private static void WriteHex(ReadOnlySpan<byte> bytes, Span<byte> hex)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = HexDigits[bytes[i] >> 4];
            hex[2 * i + 1] = HexDigits[bytes[i] & 0x0F];
        }
    }
}
