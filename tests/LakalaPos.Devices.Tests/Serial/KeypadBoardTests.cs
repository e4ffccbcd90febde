using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Keypad;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>A keypad board sends one byte per key; the table is the one docs/hardware.md gives.</summary>
public sealed class KeypadBoardTests
{
    [Fact]
    public void Every_key_has_exactly_one_byte()
    {
        KeypadBoardKeys.Table.Select(entry => entry.Key).Should().BeEquivalentTo(Enum.GetValues<Key>());
        KeypadBoardKeys.Table.Select(entry => entry.Byte).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData((byte)'0', Key.D0)]
    [InlineData((byte)'9', Key.D9)]
    [InlineData(0x0D, Key.Enter)]
    [InlineData(0x1B, Key.Cancel)]
    [InlineData(0x08, Key.Clear)]
    [InlineData((byte)'U', Key.Up)]
    [InlineData((byte)'D', Key.Down)]
    [InlineData((byte)'M', Key.Menu)]
    [InlineData((byte)'P', Key.F1)]
    [InlineData((byte)'S', Key.F4)]
    public void The_table(byte sent, Key key)
    {
        KeypadBoardKeys.TryGetKey(sent, out var read).Should().BeTrue();
        read.Should().Be(key);
    }

    [Fact]
    public void The_table_in_the_hardware_document_is_the_drivers()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "hardware.md"));

        foreach (var (b, key) in KeypadBoardKeys.Table)
            document.Should().Contain($"| `0x{b:X2}` | {KeyText(b)} | {key.Name()} |");
    }

    [Fact]
    public void A_byte_that_is_no_key_is_ignored_with_a_debug_line_and_the_keys_around_it_count()
    {
        using var harness = new KeypadBoardHarness(Transport.Stream);
        var keys = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => keys.Add(key);

        harness.Rig.Device.Send("1x\n2");

        Wait.Until(() => keys.Count == 2, "two keys");
        keys.Should().Equal(Key.D1, Key.D2);
        harness.Rig.Log.Lines().Should().Contain(line => line.StartsWith("[Debug]") && line.Contains("0x78 is not a key"));
    }

    private static string KeyText(byte b) => b is >= 0x21 and <= 0x7E ? $"`{(char)b}`" : b switch
    {
        0x0D => "CR",
        0x1B => "ESC",
        0x08 => "BS",
        _ => "?",
    };
}
