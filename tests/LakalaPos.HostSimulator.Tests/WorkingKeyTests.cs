using System.Numerics;
using LakalaPos.HostSimulator.Crypto;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>The keys the real host crypto hands out at sign-in (WorkingKeys.Generate of the protocol library).</summary>
public class WorkingKeyTests
{
    private readonly UnionPayHostCrypto _crypto = new();

    [Fact]
    public void Fresh_keys_are_a_double_length_PIN_key_and_a_single_length_MAC_key_with_odd_parity()
    {
        var keys = _crypto.NewWorkingKeys();

        keys.PinKey.Should().HaveCount(16);
        keys.MacKey.Should().HaveCount(8);
        keys.PinKey.Concat(keys.MacKey).Should().OnlyContain(b => BitOperations.PopCount(b) % 2 == 1);
        keys.PinKey[..8].Should().NotEqual(keys.PinKey[8..]);
    }

    [Fact]
    public void Every_sign_in_gets_different_keys()
    {
        _crypto.NewWorkingKeys().PinKey.Should().NotEqual(_crypto.NewWorkingKeys().PinKey);
    }
}
