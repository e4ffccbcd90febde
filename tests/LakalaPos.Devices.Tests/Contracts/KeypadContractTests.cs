using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Contracts;

/// <summary>What every keypad driver does. A driver's test class derives from this and says how to build it.</summary>
public abstract class KeypadContractTests : OwningTest
{
    protected abstract IKeypadHarness Create();

    [Fact]
    public void A_press_is_reported_once_with_its_key()
    {
        var harness = Create();
        var seen = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => seen.Add(key);

        harness.Press(Key.Enter);

        seen.Should().Equal(Key.Enter);
    }

    [Fact]
    public void Presses_are_reported_in_the_order_they_were_made()
    {
        var harness = Create();
        var seen = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => seen.Add(key);

        foreach (var key in new[] { Key.D1, Key.D2, Key.Clear, Key.D3, Key.Enter })
            harness.Press(key);

        seen.Should().Equal(Key.D1, Key.D2, Key.Clear, Key.D3, Key.Enter);
    }

    [Fact]
    public void Every_key_of_a_pos_keypad_can_be_pressed()
    {
        var harness = Create();
        var seen = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => seen.Add(key);

        foreach (var key in Enum.GetValues<Key>())
            harness.Press(key);

        seen.Should().Equal(Enum.GetValues<Key>());
    }

    [Fact]
    public void A_press_with_nobody_listening_is_harmless()
    {
        var harness = Create();

        var act = () => harness.Press(Key.Cancel);

        act.Should().NotThrow();
    }
}
