using System.Security.Cryptography;
using System.Text;

namespace LakalaPos.Core.Security;

/// <summary>
/// Encrypts card numbers for the journal (AES-GCM) with a data key that lives outside the journal
/// (the hardware profile names it). Batch upload and the void card-match decrypt them.
/// </summary>
public sealed class PanProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public PanProtector(byte[] dataKey)
    {
        if (dataKey.Length != 32)
            throw new ArgumentException("the PAN data key must be 32 bytes (AES-256)", nameof(dataKey));
        _key = dataKey.ToArray();
    }

    public byte[] Protect(string pan) => ProtectBytes(Encoding.ASCII.GetBytes(pan));

    /// <summary>The PAN, or null when the blob was not made with this key (or is damaged).</summary>
    public string? Unprotect(byte[] blob) => UnprotectBytes(blob) is { } plain ? Encoding.ASCII.GetString(plain) : null;

    /// <summary>Encrypts other card data kept for later messages (IC data for a reversal).</summary>
    public byte[] ProtectBytes(byte[] plain)
    {
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(_key, TagSize);
        gcm.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    /// <summary>The bytes, or null when the blob was not made with this key (or is damaged).</summary>
    public byte[]? UnprotectBytes(byte[] blob)
    {
        if (blob.Length <= NonceSize + TagSize)
            return null;
        var plain = new byte[blob.Length - NonceSize - TagSize];
        try
        {
            using var gcm = new AesGcm(_key, TagSize);
            gcm.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), plain);
        }
        catch (CryptographicException)
        {
            return null;
        }
        return plain;
    }
}
