using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Profiles;
using LakalaPos.Devices.Headless;
using Xunit;

namespace LakalaPos.Devices.Tests;

/// <summary>A hardware profile picks the device drivers the terminal gets.</summary>
public sealed class DeviceDriverRegistryTests
{
    private static HardwareProfile Profile(string name) => HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, name);

    [Fact]
    public void The_test_profile_gets_headless_devices_sized_by_the_profile()
    {
        var devices = DeviceDriverRegistry.WithHeadless().Create(Profile("test"));

        devices.Keypad.Should().BeOfType<HeadlessKeypad>();
        devices.Display.Should().BeOfType<HeadlessDisplay>().Which.Height.Should().Be(8);
        devices.Display.Columns.Should().Be(32);
        devices.Printer.Should().BeOfType<HeadlessPrinter>().Which.Columns.Should().Be(32);
        devices.CardReader.Should().BeOfType<HeadlessCardReader>();
    }

    [Fact]
    public void The_80mm_profile_gets_a_48_column_printer()
    {
        var devices = DeviceDriverRegistry.WithHeadless().Create(Profile("test-80mm"));

        devices.Printer.Columns.Should().Be(48);
    }

    [Fact]
    public void A_driver_this_build_lacks_is_named_with_the_profile_and_the_drivers_it_has()
    {
        var act = () => DeviceDriverRegistry.WithHeadless().Create(Profile("emulator"));

        act.Should().Throw<NotSupportedException>().Which.Message.Should()
            .Be("profile \"emulator\": keypad.driver: driver \"emulator\" is not available in this build (available: headless)");
    }

    [Fact]
    public void A_later_driver_registers_under_the_name_profiles_use()
    {
        var registry = DeviceDriverRegistry.WithHeadless()
            .AddKeypad(DeviceDrivers.Emulator, _ => new HeadlessKeypad())
            .AddDisplay(DeviceDrivers.Emulator, p => new HeadlessDisplay(p.Columns, p.Rows))
            .AddPrinter(DeviceDrivers.Emulator, p => new HeadlessPrinter(p.Columns))
            .AddCardReader(DeviceDrivers.Emulator, _ => new HeadlessCardReader());

        var devices = registry.Create(Profile("emulator"));

        devices.Should().NotBeNull();
        devices.Printer.Print(["x"]).Should().Be(PrintOutcome.Printed);
    }
}
