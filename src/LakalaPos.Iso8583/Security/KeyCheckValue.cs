namespace LakalaPos.Iso8583.Security;

/// <summary>Key check values: the first 4 bytes of the clear key encrypting 8 zero bytes.</summary>
public static class KeyCheckValue
{
    public const int Length = 4;

    public static byte[] OfDoubleLengthKey(byte[] key16) =>
        DesEcb.EncryptTripleDes(key16, new byte[DesEcb.BlockSize])[..Length];

    public static byte[] OfSingleLengthKey(byte[] key8) =>
        DesEcb.EncryptDes(key8, new byte[DesEcb.BlockSize])[..Length];
}
