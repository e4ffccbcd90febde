using System.Numerics;
using LakalaPos.HostSimulator.Crypto;

namespace LakalaPos.HostSimulator.Tests;

public class WorkingKeyFactoryTests
{
    [Fact]
    public void Fresh_keys_are_a_double_length_PIN_key_and_a_single_length_MAC_key_with_odd_parity()
    {
        var keys = WorkingKeyFactory.Generate();

        keys.PinKey.Should().HaveCount(16);
        keys.MacKey.Should().HaveCount(8);
        keys.PinKey.Concat(keys.MacKey).Should().OnlyContain(b => BitOperations.PopCount(b) % 2 == 1);
        keys.PinKey[..8].Should().NotEqual(keys.PinKey[8..]);
    }

    [Fact]
    public void Every_sign_in_gets_different_keys()
    {
        WorkingKeyFactory.Generate().PinKey.Should().NotEqual(WorkingKeyFactory.Generate().PinKey);
    }
}
