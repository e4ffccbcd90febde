using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace LakalaPos.Iso8583.Security;

/// <summary>
/// DES and two-key 3DES in ECB mode without padding, over whole 8-byte blocks.
/// </summary>
/// <remarks>
/// <para>A double-length key is widened to K1|K2|K1 (the platform refuses some 16-byte 3DES keys
/// on Linux/OpenSSL). TripleDES refuses K1 == K2 as a "weak key"; that key is mathematically single
/// DES under K1 (EDE collapses), so it is run as such — test profiles commonly use keys with
/// repeated halves.</para>
/// <para>The cipher objects are made once per key array, not per call: a <see cref="ConditionalWeakTable{TKey,TValue}"/>
/// hangs them on the caller's key array (a session's working key lives as long as the session), so
/// they go when the key goes. Each use checks the key bytes against the copy the cipher was made
/// with (and re-keys if the array was changed in place) and holds the entry's lock: a host serving
/// many terminals at once may use one session's key from two threads.</para>
/// </remarks>
internal static class DesEcb
{
    public const int BlockSize = 8;

    private static readonly ConditionalWeakTable<byte[], KeyedCipher> Ciphers = new();

    public static byte[] EncryptDes(byte[] key8, ReadOnlySpan<byte> data)
    {
        var result = new byte[data.Length];
        EncryptDes(key8, data, result);
        return result;
    }

    /// <summary><paramref name="data"/> (whole blocks) under the single-length key into <paramref name="destination"/>; no allocation once the key's cipher exists.</summary>
    public static void EncryptDes(byte[] key8, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        RequireKeyLength(key8, 8);
        Run(key8, data, destination, encrypt: true);
    }

    public static byte[] EncryptTripleDes(byte[] key16, ReadOnlySpan<byte> data) => RunTripleDes(key16, data, encrypt: true);

    public static byte[] DecryptTripleDes(byte[] key16, ReadOnlySpan<byte> data) => RunTripleDes(key16, data, encrypt: false);

    private static byte[] RunTripleDes(byte[] key16, ReadOnlySpan<byte> data, bool encrypt)
    {
        RequireKeyLength(key16, 16);
        var result = new byte[data.Length];
        Run(key16, data, result, encrypt);
        return result;
    }

    private static void Run(byte[] key, ReadOnlySpan<byte> data, Span<byte> destination, bool encrypt)
    {
        RequireWholeBlocks(data);
        if (destination.Length < data.Length)
            throw new ArgumentException($"Destination must hold {data.Length} bytes, got {destination.Length}.", nameof(destination));
        Ciphers.GetValue(key, static k => new KeyedCipher(k)).Run(key, data, destination, encrypt);
    }

    private static void RequireKeyLength(byte[] key, int expected)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != expected)
            throw new ArgumentException($"Key must be {expected} bytes, got {key.Length}.", nameof(key));
    }

    private static void RequireWholeBlocks(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data.Length % BlockSize != 0)
            throw new ArgumentException($"ECB data must be a non-empty multiple of {BlockSize} bytes, got {data.Length}.", nameof(data));
    }

    /// <summary>The ECB transforms of one key, reused for every block (ECB without padding keeps no state between blocks).</summary>
    private sealed class KeyedCipher(byte[] key)
    {
        private readonly Lock _lock = new();
        private readonly byte[] _key = (byte[])key.Clone();
        private readonly byte[] _in = new byte[BlockSize];
        private readonly byte[] _out = new byte[BlockSize];
        private SymmetricAlgorithm? _algorithm;
        private ICryptoTransform? _encryptor;
        private ICryptoTransform? _decryptor;

        public void Run(byte[] key, ReadOnlySpan<byte> data, Span<byte> destination, bool encrypt)
        {
            lock (_lock)
            {
                if (!CryptographicOperations.FixedTimeEquals(_key, key))
                    Rekey(key);
                _algorithm ??= CreateAlgorithm(_key);
                var transform = encrypt
                    ? _encryptor ??= _algorithm.CreateEncryptor()
                    : _decryptor ??= _algorithm.CreateDecryptor();
                try
                {
                    for (int offset = 0; offset < data.Length; offset += BlockSize)
                    {
                        data.Slice(offset, BlockSize).CopyTo(_in);
                        if (transform.TransformBlock(_in, 0, BlockSize, _out, 0) != BlockSize)
                            throw new CryptographicException("The ECB transform did not return a whole block.");
                        _out.CopyTo(destination.Slice(offset, BlockSize));
                    }
                }
                finally
                {
                    // The blocks may be clear PIN blocks or keys.
                    CryptographicOperations.ZeroMemory(_in);
                    CryptographicOperations.ZeroMemory(_out);
                }
            }
        }

        private void Rekey(byte[] key)
        {
            _encryptor?.Dispose();
            _decryptor?.Dispose();
            _algorithm?.Dispose();
            (_encryptor, _decryptor, _algorithm) = (null, null, null);
            key.CopyTo(_key, 0);
        }

        private static SymmetricAlgorithm CreateAlgorithm(byte[] key)
        {
            SymmetricAlgorithm algorithm;
            if (key.Length == 8 || key.AsSpan(0, 8).SequenceEqual(key.AsSpan(8, 8)))
            {
                algorithm = DES.Create();
                algorithm.Key = key[..8];
            }
            else
            {
                algorithm = TripleDES.Create();
                var key24 = new byte[24];
                try
                {
                    key.CopyTo(key24, 0);
                    key.AsSpan(0, 8).CopyTo(key24.AsSpan(16));
                    algorithm.Key = key24;
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(key24);
                }
            }
            algorithm.Mode = CipherMode.ECB;
            algorithm.Padding = PaddingMode.None;
            return algorithm;
        }
    }
}
