using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Crypto;

/// <summary>
/// The key and PIN work the host does. Kept behind an interface so the host's decisions can be
/// tested without real cryptography; <see cref="UnionPayHostCrypto"/> is the real one.
/// </summary>
public interface IHostCrypto
{
    WorkingKeys NewWorkingKeys();

    /// <summary>Field 62 of a sign-in answer: the keys under the terminal master key.</summary>
    byte[] PackWorkingKeys(WorkingKeys keys, byte[] masterKey16);

    /// <summary>The PIN in a field 52 block, or null when the block is not a valid PIN block for that card.</summary>
    string? DecryptPin(byte[] pinBlock, string pan, byte[] pinKey16);

    /// <summary>Field 64 over the given MAC input (MTI to the end of field 63).</summary>
    byte[] Mac(ReadOnlySpan<byte> macInput, byte[] macKey8);
}
