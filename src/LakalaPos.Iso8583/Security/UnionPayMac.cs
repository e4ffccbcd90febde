using System.Text;

namespace LakalaPos.Iso8583.Security;

/// <summary>UnionPay "ECB" MAC (host-protocol.md) over the bytes from MTI to the end of field 63.</summary>
public static class UnionPayMac
{
    public const int Length = 8;

    public static byte[] Compute(ReadOnlySpan<byte> data, byte[] macKey8)
    {
        ArgumentNullException.ThrowIfNull(macKey8);
        Span<byte> folded = stackalloc byte[DesEcb.BlockSize];
        for (int i = 0; i < data.Length; i++)
            folded[i % DesEcb.BlockSize] ^= data[i]; // a short last block is thereby zero-padded

        byte[] foldedHex = Encoding.ASCII.GetBytes(Convert.ToHexString(folded));
        byte[] left = DesEcb.EncryptDes(macKey8, foldedHex.AsSpan(0, 8));
        for (int i = 0; i < 8; i++)
            left[i] ^= foldedHex[8 + i];
        byte[] result = DesEcb.EncryptDes(macKey8, left);
        return Encoding.ASCII.GetBytes(Convert.ToHexString(result, 0, 4));
    }
}
