namespace LakalaPos.Protocol.Security;

// Signatures agreed between the protocol and the host simulator; implementations replace these stubs.

/// <summary>ISO 9564 format 0 PIN blocks under a double-length PIN key (3DES ECB).</summary>
public static class PinBlock
{
    public static byte[] Clear(string pin, string pan) => throw new NotImplementedException();
    public static byte[] Encrypt(string pin, string pan, byte[] pinKey16) => throw new NotImplementedException();

    /// <summary>The PIN inside an encrypted block; throws <see cref="System.Security.Cryptography.CryptographicException"/> when the block is not a valid format 0 block for that PAN.</summary>
    public static string Decrypt(byte[] block, string pan, byte[] pinKey16) => throw new NotImplementedException();
}

/// <summary>Key check values: the first 4 bytes of the clear key encrypting 8 zero bytes.</summary>
public static class KeyCheckValue
{
    public static byte[] OfDoubleLengthKey(byte[] key16) => throw new NotImplementedException();
    public static byte[] OfSingleLengthKey(byte[] key8) => throw new NotImplementedException();
}

/// <summary>UnionPay "ECB" MAC (host-protocol.md) over the bytes from MTI to the end of field 63.</summary>
public static class UnionPayMac
{
    public static byte[] Compute(ReadOnlySpan<byte> data, byte[] macKey8) => throw new NotImplementedException();
}

/// <summary>The working keys of a sign-in answer (field 62, 40 bytes, under the terminal master key).</summary>
public sealed record WorkingKeys(byte[] PinKey, byte[] MacKey)
{
    /// <summary>Decrypts and checks field 62; throws <see cref="System.Security.Cryptography.CryptographicException"/> on a wrong length or check value.</summary>
    public static WorkingKeys Unpack(byte[] field62, byte[] masterKey16) => throw new NotImplementedException();

    public byte[] Pack(byte[] masterKey16) => throw new NotImplementedException();

    /// <summary>Never the keys themselves.</summary>
    public override string ToString() => "WorkingKeys(****)";
}
