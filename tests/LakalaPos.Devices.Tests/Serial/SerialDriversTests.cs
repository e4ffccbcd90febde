using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Profiles;
using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Serial;
using LakalaPos.Devices.Serial.EscPos;
using LakalaPos.Devices.Serial.Keypad;
using LakalaPos.Devices.Serial.Magstripe;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>A profile naming serial drivers gets them, each on its own port, the VT100 console's one port shared by display and keypad.</summary>
public sealed class SerialDriversTests : IDisposable
{
    private readonly TestLog _log = new();
    private readonly Dictionary<string, PipeDevice> _devices = new();
    private readonly List<string> _opened = [];
    private readonly SharedPorts _ports;

    public SerialDriversTests()
    {
        _ports = new SharedPorts(_log.Logger, PortRig.Timing, settings =>
        {
            _opened.Add(settings.Device);
            return Device(settings.Device).Channel(_log.Logger);
        });
    }

    public void Dispose()
    {
        _ports.Dispose();
        foreach (var device in _devices.Values)
            device.Dispose();
    }

    [Theory]
    [InlineData("devkit-58mm", 32)]
    [InlineData("devkit-80mm", 48)]
    public void A_dev_kit_profile_gets_the_serial_drivers_sized_by_the_profile(string name, int printerColumns)
    {
        var devices = Registry().Create(Profile(name));

        devices.Display.Should().BeOfType<Vt100Display>().Which.Columns.Should().Be(32);
        devices.Keypad.Should().BeOfType<Vt100Keypad>();
        devices.Printer.Should().BeOfType<EscPosPrinter>().Which.Columns.Should().Be(printerColumns);
        devices.CardReader.Should().BeOfType<MagstripeReader>();
    }

    [Fact]
    public void The_console_that_is_display_and_keypad_is_opened_once_and_both_use_it()
    {
        var devices = Registry().Create(Profile("devkit-58mm"));
        var keys = new List<Key>();
        devices.Keypad.KeyPressed += (_, key) => keys.Add(key);

        _opened.Should().Equal("/dev/ttyUSB0", "/dev/ttyUSB2", "/dev/ttyUSB1");
        ((Vt100Display)devices.Display).Port.Should().BeSameAs(((Vt100Keypad)devices.Keypad).Port);
        Device("/dev/ttyUSB0").Send("7");
        Wait.Until(() => keys.Count == 1, "a key from the shared console");
        keys.Should().Equal(Key.D7);
    }

    [Fact]
    public void A_keypad_board_is_the_serial_keypad()
    {
        var profile = Profile("devkit-58mm");
        profile = profile with { Keypad = new KeypadProfile(DeviceDrivers.Serial, new SerialPortProfile("/dev/ttyUSB3", 9600)) };

        Registry().Create(profile).Keypad.Should().BeOfType<KeypadBoard>();
    }

    [Fact]
    public void One_device_named_with_two_different_line_settings_is_refused_naming_both()
    {
        var profile = Profile("devkit-58mm");
        profile = profile with { Keypad = new KeypadProfile(DeviceDrivers.Vt100Serial, new SerialPortProfile("/dev/ttyUSB0", 9600)) };

        var act = () => Registry().Create(profile);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("display.serial: serial device /dev/ttyUSB0 is already open for the keypad at 9600 8N1, not 115200 8N1");
    }

    [Fact]
    public void Two_drivers_reading_one_device_are_refused()
    {
        var profile = Profile("devkit-58mm");
        profile = profile with { CardReader = new CardReaderProfile(DeviceDrivers.Serial, profile.Keypad.Serial) };

        var act = () => Registry().Create(profile);

        act.Should().Throw<InvalidOperationException>().WithMessage("*already read by the VT100 keypad*");
    }

    private DeviceDriverRegistry Registry() => DeviceDriverRegistry.WithHeadless().AddSerial(_ports, _log.Logger, new TestClock());

    private PipeDevice Device(string path)
    {
        lock (_devices)
        {
            if (!_devices.TryGetValue(path, out var device))
                _devices[path] = device = new PipeDevice();
            return device;
        }
    }

    private static HardwareProfile Profile(string name) => HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, name);
}
