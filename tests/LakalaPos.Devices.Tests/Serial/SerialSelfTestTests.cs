using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Keypad;
using LakalaPos.Devices.Serial.Magstripe;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>A serial device's self-test is its port's: ready while it is open, not connected (with why) while the device is away.</summary>
public sealed class SerialSelfTestTests : OwningTest
{
    public static TheoryData<string> Drivers => ["vt100 display", "vt100 keypad", "keypad board", "magstripe reader"];

    [Theory]
    [MemberData(nameof(Drivers))]
    public void A_serial_device_is_ready_while_its_port_is_open_and_not_connected_while_it_is_away(string driver)
    {
        var rig = Own(new PortRig(Transport.Pty));
        var selfTest = Build(driver, rig);

        selfTest.CheckHealth().State.Should().Be(DeviceState.Ready);

        rig.Device.Unplug();
        Wait.Until(() => !rig.Port.IsOpen, "the port noticed the device went away");
        var away = selfTest.CheckHealth();

        away.State.Should().Be(DeviceState.NotConnected);
        away.Detail.Should().StartWith(rig.Port.Name).And.NotEndWith("not open", "the reason the port met is given");
    }

    private static ISelfTest Build(string driver, PortRig rig) => driver switch
    {
        "vt100 display" => new Vt100Display(rig.Port, 32, 8, rig.Log.Logger),
        "vt100 keypad" => new Vt100Keypad(rig.Port, rig.Log.Logger),
        "keypad board" => new KeypadBoard(rig.Port, rig.Log.Logger),
        _ => new MagstripeReader(rig.Port, rig.Log.Logger),
    };
}
