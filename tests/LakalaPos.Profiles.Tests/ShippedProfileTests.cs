using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>The profiles in hardware-profiles/ load and say what the spec needs of them.</summary>
public sealed class ShippedProfileTests
{
    public static TheoryData<string> ShippedNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in HardwareProfileLoader.AvailableNames(RepositoryPaths.HardwareProfiles))
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void Every_shipped_profile_loads_under_its_own_name(string name)
    {
        var profile = HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, name);

        profile.Name.Should().Be(name);
    }

    [Fact]
    public void The_shipped_profiles_are_test_emulator_80mm_and_the_two_dev_kits()
    {
        HardwareProfileLoader.AvailableNames(RepositoryPaths.HardwareProfiles)
            .Should().Equal("devkit-58mm", "devkit-80mm", "emulator", "test", "test-80mm");
    }

    [Fact]
    public void The_test_profile_is_headless_with_a_58mm_printer_and_the_embedded_simulator()
    {
        var profile = HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, "test");

        profile.IsTest.Should().BeTrue();
        new[] { profile.Display.Driver, profile.Keypad.Driver, profile.Printer.Driver, profile.CardReader.Driver }
            .Should().AllBe(DeviceDrivers.Headless);
        profile.Printer.Columns.Should().Be(32);
        profile.Host.Link.Should().Be(HostLinkKind.Simulator);
        profile.Host.Tpdu.Should().Be("6000030000");
        Convert.ToHexString(profile.Host.MasterKey.ReadKey()).Should().Be(TestKeys.MasterKeyHex);
        profile.Security.DataKey.ReadKey().Should().HaveCount(SecurityProfile.DataKeyBytes);
        profile.Terminal.PromptTimeout.Should().Be(TimeSpan.FromSeconds(60));
        profile.Terminal.HostTimeout.Should().Be(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void The_80mm_test_profile_prints_48_columns()
    {
        var profile = HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, "test-80mm");

        profile.IsTest.Should().BeTrue();
        profile.Printer.Columns.Should().Be(48);
    }

    [Fact]
    public void The_emulator_profile_uses_emulator_drivers_and_the_embedded_simulator()
    {
        var profile = HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, "emulator");

        profile.IsTest.Should().BeTrue();
        new[] { profile.Display.Driver, profile.Keypad.Driver, profile.Printer.Driver, profile.CardReader.Driver }
            .Should().AllBe(DeviceDrivers.Emulator);
        profile.Host.Link.Should().Be(HostLinkKind.Simulator);
    }

    [Theory]
    [InlineData("devkit-58mm", 32)]
    [InlineData("devkit-80mm", 48)]
    public void A_dev_kit_has_one_vt100_console_for_display_and_keys_and_a_serial_reader_and_printer_each_on_its_own_port(string name, int printerColumns)
    {
        var profile = HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, name);

        profile.Display.Driver.Should().Be(DeviceDrivers.Vt100Serial);
        profile.Keypad.Driver.Should().Be(DeviceDrivers.Vt100Serial);
        profile.Keypad.Serial.Should().Be(profile.Display.Serial, "display and keypad are one console on one port");
        profile.CardReader.Driver.Should().Be(DeviceDrivers.Serial);
        profile.Printer.Driver.Should().Be(DeviceDrivers.EscPosSerial);
        profile.Printer.Columns.Should().Be(printerColumns);
        new[] { profile.Display.Serial!.Device, profile.CardReader.Serial!.Device, profile.Printer.Serial!.Device }
            .Should().OnlyHaveUniqueItems();
    }
}
