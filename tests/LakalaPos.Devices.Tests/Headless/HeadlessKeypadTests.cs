using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Tests.Contracts;
using Xunit;

namespace LakalaPos.Devices.Tests.Headless;

public sealed class HeadlessKeypadTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => new Harness(new HeadlessKeypad());

    [Fact]
    public void Several_keys_can_be_pressed_in_one_call()
    {
        var keypad = new HeadlessKeypad();
        var seen = new List<Key>();
        keypad.KeyPressed += (_, key) => seen.Add(key);

        keypad.Press(Key.Menu, Key.D2);

        seen.Should().Equal(Key.Menu, Key.D2);
    }

    [Fact]
    public void A_value_that_is_not_a_key_is_refused_and_not_reported()
    {
        var keypad = new HeadlessKeypad();
        var seen = 0;
        keypad.KeyPressed += (_, _) => seen++;

        var act = () => keypad.Press((Key)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
        seen.Should().Be(0);
    }

    private sealed class Harness(HeadlessKeypad keypad) : IKeypadHarness
    {
        public IKeypad Keypad => keypad;

        public void Press(Key key) => keypad.Press(key);
    }
}
