using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Terminal.FullScreen;
using Xunit;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>The full-screen console's keyboard: the terminal's keys, the card slot, paper, host rules, help and quit.</summary>
public sealed class KeyBindingsTests
{
    private readonly KeyBindings _keys = new();

    [Theory]
    [InlineData(ConsoleKey.Enter, '\r', Key.Enter)]
    [InlineData(ConsoleKey.Escape, '\e', Key.Cancel)]
    [InlineData(ConsoleKey.Backspace, '\b', Key.Clear)]
    [InlineData(ConsoleKey.Tab, '\t', Key.Menu)]
    [InlineData(ConsoleKey.UpArrow, '\0', Key.Up)]
    [InlineData(ConsoleKey.DownArrow, '\0', Key.Down)]
    [InlineData(ConsoleKey.F1, '\0', Key.F1)]
    [InlineData(ConsoleKey.F4, '\0', Key.F4)]
    [InlineData(ConsoleKey.D7, '7', Key.D7)]
    [InlineData(ConsoleKey.NumPad3, '3', Key.D3)]
    public void The_terminal_s_keys_are_the_keyboard_s(ConsoleKey consoleKey, char character, Key key) =>
        _keys.Translate(Typed(consoleKey, character)).Should().Be(new ConsoleAction.Press(key));

    [Fact]
    public void S_then_a_card_s_number_swipes_that_test_card()
    {
        _keys.Translate(Typed('s')).Should().BeOfType<ConsoleAction.Note>().Which.Text.Should().Contain("swipe which card? 1 debit 2 credit 3 debit2 4 lowbal 5 expired");
        _keys.Pending.Should().NotBeNull();

        _keys.Translate(Typed('2')).Should().Be(new ConsoleAction.PresentCard(EntryMode.Swipe, "credit"));
        _keys.Pending.Should().BeNull();
    }

    [Fact]
    public void I_and_t_insert_and_tap_and_any_other_key_than_a_card_s_number_presents_none()
    {
        _keys.Translate(Typed('i'));
        _keys.Translate(Typed('1')).Should().Be(new ConsoleAction.PresentCard(EntryMode.Insert, "debit"));
        _keys.Translate(Typed('t'));
        _keys.Translate(Typed('3')).Should().Be(new ConsoleAction.PresentCard(EntryMode.Tap, "debit2"));
        _keys.Translate(Typed('t'));
        _keys.Translate(Typed(ConsoleKey.Escape, '\e')).Should().Be(new ConsoleAction.Note("no card presented"));
    }

    [Fact]
    public void The_slot_the_paper_and_the_host_have_letters()
    {
        _keys.Translate(Typed('r')).Should().BeOfType<ConsoleAction.RemoveCard>();
        _keys.Translate(Typed('b')).Should().BeOfType<ConsoleAction.BadSwipe>();
        _keys.Translate(Typed('p')).Should().BeOfType<ConsoleAction.TogglePaper>();
        _keys.Translate(Typed('o')).Should().BeOfType<ConsoleAction.ToggleHost>();
        _keys.Translate(Typed('x')).Should().Be(new ConsoleAction.HostCommand("next timeout"));
        _keys.Translate(Typed('d')).Should().Be(new ConsoleAction.HostCommand("next decline 51"));
    }

    [Fact]
    public void Help_and_quit()
    {
        _keys.Translate(Typed('?')).Should().BeOfType<ConsoleAction.ToggleHelp>();
        _keys.Translate(Typed(ConsoleKey.F10, '\0')).Should().BeOfType<ConsoleAction.ToggleHelp>();
        _keys.Translate(Typed('q')).Should().BeOfType<ConsoleAction.Quit>();
        _keys.Translate(new ConsoleKeyInfo('\x03', ConsoleKey.C, false, false, true)).Should().BeOfType<ConsoleAction.Quit>();
    }

    [Fact]
    public void Ctrl_C_quits_even_while_a_card_is_being_chosen()
    {
        _keys.Translate(Typed('s'));

        _keys.Translate(new ConsoleKeyInfo('\x03', ConsoleKey.C, false, false, true)).Should().BeOfType<ConsoleAction.Quit>();
    }

    [Fact]
    public void A_key_with_no_use_says_so_and_points_at_the_help()
    {
        _keys.Translate(Typed('z')).Should().BeOfType<ConsoleAction.Note>().Which.Text.Should().Be("'z': no use here (? or F10: the keys)");
    }

    private static ConsoleKeyInfo Typed(char c) => new(c, char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : 0, false, false, false);

    private static ConsoleKeyInfo Typed(ConsoleKey key, char c) => new(c, key, false, false, false);
}
