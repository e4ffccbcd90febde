using System.Security.Cryptography;
using System.Text;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// Keeps card numbers and working keys out of the store file in clear. Working keys are stored
/// as a sign-in's field 62 would carry them, under the storage key (3DES, with check values, so
/// a damaged entry is detected). Card numbers are AES-encrypted deterministically (ECB, one
/// fixed padding) under a key derived from the storage key: the same card always gives the same
/// text, so the store can still look accounts up by card.
/// </summary>
internal sealed class StoreCipher : IDisposable
{
    private const int StorageKeyLength = 16;
    private const int PanBlock = 16;
    private readonly byte[] _storageKey;
    private readonly Aes _panCipher;

    public StoreCipher(byte[] storageKey)
    {
        ArgumentNullException.ThrowIfNull(storageKey);
        if (storageKey.Length != StorageKeyLength)
            throw new ArgumentException($"The storage key must be {StorageKeyLength} bytes (a double-length DES key), got {storageKey.Length}.", nameof(storageKey));
        _storageKey = (byte[])storageKey.Clone();
        _panCipher = Aes.Create();
        _panCipher.Key = SHA256.HashData([.. "LakalaPos host store card numbers"u8, .. _storageKey]);
    }

    /// <summary>The storage key's check value (hex), kept in the file so another key is refused at open.</summary>
    public string CheckValue => Convert.ToHexString(KeyCheckValue.OfDoubleLengthKey(_storageKey));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _protected = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _unprotected = new(StringComparer.Ordinal);

    /// <summary>Deterministic, so each card is encrypted once and remembered (the host knows a handful of cards).</summary>
    public string ProtectPan(string pan) => _protected.Count < 10_000 ? _protected.GetOrAdd(pan, EncryptPan) : EncryptPan(pan);

    public string UnprotectPan(string stored) => _unprotected.Count < 10_000 ? _unprotected.GetOrAdd(stored, DecryptPan) : DecryptPan(stored);

    private string EncryptPan(string pan)
    {
        var size = Math.Max(2 * PanBlock, (pan.Length + PanBlock - 1) / PanBlock * PanBlock);
        return Convert.ToHexString(_panCipher.EncryptEcb(Encoding.ASCII.GetBytes(pan.PadRight(size, ' ')), PaddingMode.None));
    }

    private string DecryptPan(string stored) =>
        Encoding.ASCII.GetString(_panCipher.DecryptEcb(Convert.FromHexString(stored), PaddingMode.None)).TrimEnd(' ');

    public byte[] ProtectKeys(WorkingKeys keys) => keys.Pack(_storageKey);

    /// <summary>Throws <see cref="CryptographicException"/> when the stored keys fail their check values.</summary>
    public WorkingKeys UnprotectKeys(byte[] stored) => WorkingKeys.Unpack(stored, _storageKey);

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_storageKey);
        _protected.Clear();
        _unprotected.Clear();
        _panCipher.Dispose();
    }
}
