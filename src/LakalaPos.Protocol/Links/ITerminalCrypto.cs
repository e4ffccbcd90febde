using LakalaPos.Iso8583.Security;

namespace LakalaPos.Protocol.Links;

/// <summary>
/// The cryptography the link needs, behind one seam so the link can be tested with fakes.
/// <see cref="UnionPayTerminalCrypto"/> is the real wiring.
/// </summary>
public interface ITerminalCrypto
{
    /// <summary>Field 62 of a sign-in answer → working keys; throws when the length or a check value is wrong.</summary>
    WorkingKeys UnpackWorkingKeys(byte[] field62, byte[] masterKey16);

    /// <summary>Field 52: ISO 9564 format 0 PIN block under the PIN key.</summary>
    byte[] EncryptPin(string pin, string pan, byte[] pinKey16);

    /// <summary>Field 64: the UnionPay ECB MAC of MTI..field 63.</summary>
    byte[] ComputeMac(ReadOnlySpan<byte> macInput, byte[] macKey8);
}

/// <summary>The production crypto: the static classes of LakalaPos.Iso8583.Security.</summary>
public sealed class UnionPayTerminalCrypto : ITerminalCrypto
{
    public static readonly UnionPayTerminalCrypto Instance = new();

    public WorkingKeys UnpackWorkingKeys(byte[] field62, byte[] masterKey16) => WorkingKeys.Unpack(field62, masterKey16);

    public byte[] EncryptPin(string pin, string pan, byte[] pinKey16) => PinBlock.Encrypt(pin, pan, pinKey16);

    public byte[] ComputeMac(ReadOnlySpan<byte> macInput, byte[] macKey8) => UnionPayMac.Compute(macInput, macKey8);
}
