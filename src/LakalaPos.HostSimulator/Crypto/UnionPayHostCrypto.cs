using System.Security.Cryptography;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Crypto;

/// <summary>The host's cryptography as host-protocol.md defines it, on the shared security primitives.</summary>
public sealed class UnionPayHostCrypto : IHostCrypto
{
    public WorkingKeys NewWorkingKeys() => WorkingKeys.Generate();

    public byte[] PackWorkingKeys(WorkingKeys keys, byte[] masterKey16) => keys.Pack(masterKey16);

    public string? DecryptPin(byte[] pinBlock, string pan, byte[] pinKey16)
    {
        try
        {
            return PinBlock.Decrypt(pinBlock, pan, pinKey16);
        }
        catch (CryptographicException)
        {
            // A block that does not decrypt to a format 0 block for this card is a wrong PIN, not a host failure.
            return null;
        }
    }

    public byte[] Mac(ReadOnlySpan<byte> macInput, byte[] macKey8) => UnionPayMac.Compute(macInput, macKey8);
}
