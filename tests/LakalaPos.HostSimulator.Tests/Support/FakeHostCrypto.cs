using System.Security.Cryptography;
using System.Text;
using LakalaPos.HostSimulator.Crypto;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>
/// Stand-in cryptography with the same shape as the real one, so decisions can be tested before
/// (and independently of) the real PIN block and MAC code: each sign-in gets distinct keys, a
/// "PIN block" only opens with the PIN key it was made with, a MAC depends on key and data.
/// </summary>
public sealed class FakeHostCrypto : IHostCrypto
{
    private byte _nextKeyByte = 0x10;

    public WorkingKeys NewWorkingKeys()
    {
        var keyByte = _nextKeyByte++;
        return new WorkingKeys(Enumerable.Repeat(keyByte, 16).ToArray(), Enumerable.Repeat((byte)(keyByte + 0x80), 8).ToArray());
    }

    /// <summary>Master key + PIN key + MAC key in clear (40 bytes), so tests can see what went under which master key.</summary>
    public byte[] PackWorkingKeys(WorkingKeys keys, byte[] masterKey16) => [.. masterKey16, .. keys.PinKey, .. keys.MacKey];

    public string? DecryptPin(byte[] pinBlock, string pan, byte[] pinKey16)
    {
        if (pinBlock.Length != 8)
            return null;
        var clear = Xor(pinBlock, pinKey16);
        var text = Encoding.ASCII.GetString(clear).TrimEnd('F');
        return text.Length is >= 4 and <= 8 && text.All(char.IsAsciiDigit) ? text : null;
    }

    public byte[] Mac(ReadOnlySpan<byte> macInput, byte[] macKey8) => SHA256.HashData([.. macKey8, .. macInput])[..8];

    public static byte[] EncryptPin(string pin, byte[] pinKey16) => Xor(Encoding.ASCII.GetBytes(pin.PadRight(8, 'F')), pinKey16);

    private static byte[] Xor(byte[] data, byte[] key) => data.Select((b, i) => (byte)(b ^ key[i])).ToArray();
}
