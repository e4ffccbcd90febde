using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>A VT100 console on a real serial device (a pty): the screen redrawn in place, keys however they arrive.</summary>
public sealed class Vt100ConsoleTests : OwningTest
{
    [Fact]
    public void A_screen_is_drawn_in_place_cleared_and_positioned_row_by_row_never_scrolled()
    {
        var harness = Own(new Vt100DisplayHarness(Transport.Pty, 32));

        harness.Display.Show(Screen.Of("消费", "请输入金额:", "", "0.00"));
        harness.Display.Show(Screen.Of("请刷卡/插卡/挥卡"));

        var screen = harness.Screen();
        screen.Rows().Should().Equal("请刷卡/插卡/挥卡");
        screen.Clears.Should().Be(2);
        screen.LineFeeds.Should().Be(0);
    }

    [Fact]
    public void Rows_beyond_the_displays_height_are_drawn_too_paging_is_the_cores()
    {
        var harness = Own(new Vt100DisplayHarness(Transport.Stream, 16, rows: 2));

        harness.Display.Show(Screen.Of("1 消费", "2 消费撤销", "3 退货"));

        harness.VisibleRows().Should().Equal("1 消费", "2 消费撤销", "3 退货");
    }

    [Fact]
    public void Control_characters_in_a_screen_never_reach_the_console()
    {
        var harness = Own(new Vt100DisplayHarness(Transport.Stream, 32));

        harness.Display.Show(Screen.Of("商户\e[2J名称\a"));

        harness.VisibleRows().Should().Equal("商户[2J名称");
        harness.Screen().Clears.Should().Be(1);
    }

    [Fact]
    public void A_console_that_comes_back_gets_the_current_screen_again()
    {
        var harness = Own(new Vt100DisplayHarness(Transport.Pty, 32));
        harness.Display.Show(Screen.Of("请输入操作员号"));
        harness.Rig.DeviceHasEverything();
        var back = 0;
        harness.Rig.Port.Back += (_, _) => back++;

        harness.Rig.Device.Unplug();
        harness.Rig.Device.PlugIn();
        Wait.Until(() => back == 1, "the console came back");

        var screen = harness.Screen();
        screen.Rows().Should().Equal("请输入操作员号");
        screen.Clears.Should().Be(2, "the screen was drawn again");
    }

    [Fact]
    public void A_screen_shown_while_the_console_is_away_is_dropped_without_a_fault_and_drawn_when_it_is_back()
    {
        var harness = Own(new Vt100DisplayHarness(Transport.Stream, 32));
        var gone = 0;
        var back = 0;
        harness.Rig.Port.Gone += (_, _) => gone++;
        harness.Rig.Port.Back += (_, _) => back++;
        harness.Rig.Device.Unplug();
        Wait.Until(() => gone == 1, "the console went away");

        harness.Display.Show(Screen.Of("交易成功"));
        harness.Rig.Device.PlugIn();
        Wait.Until(() => back == 1, "the console came back");

        harness.VisibleRows().Should().Equal("交易成功");
    }

    [Fact]
    public void Keys_sent_one_byte_at_a_time_read_as_whole_keys()
    {
        var harness = Own(new Vt100KeypadHarness(Transport.Pty));
        var keys = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => keys.Add(key);

        foreach (var b in "\e[A\eOP12\r\n\x7f"u8.ToArray())
        {
            harness.Rig.Device.Send([b]);
            Thread.Sleep(5);
        }

        Wait.Until(() => keys.Count == 6, "six keys");
        keys.Should().Equal(Key.Up, Key.F1, Key.D1, Key.D2, Key.Enter, Key.Clear);
    }

    [Fact]
    public void A_lone_escape_on_the_line_is_cancel_after_50_ms_of_real_time()
    {
        var rig = Own(new PortRig(Transport.Pty));
        using var keypad = new Vt100Keypad(rig.Port, rig.Log.Logger, TimeProvider.System);
        var keys = new List<Key>();
        keypad.KeyPressed += (_, key) => keys.Add(key);

        rig.Device.Send([0x1B]);

        Wait.Until(() => keys.Count == 1, "cancel");
        keys.Should().Equal(Key.Cancel);
    }

    [Fact]
    public void A_sequence_cut_off_by_the_console_going_away_is_forgotten()
    {
        var harness = Own(new Vt100KeypadHarness(Transport.Stream));
        var keys = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => keys.Add(key);
        var back = 0;
        harness.Rig.Port.Back += (_, _) => back++;

        harness.Rig.Device.Send("\e[");
        harness.Rig.Device.Unplug();
        harness.Rig.Device.PlugIn();
        Wait.Until(() => back == 1, "the console came back");
        harness.Press(Key.D4);

        keys.Should().Equal(Key.D4);
    }
}
