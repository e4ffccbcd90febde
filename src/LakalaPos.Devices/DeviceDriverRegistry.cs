using LakalaPos.Core.Hardware;
using LakalaPos.Profiles;
using LakalaPos.Devices.Headless;

namespace LakalaPos.Devices;

/// <summary>
/// Builds the devices a hardware profile names. Drivers register by the name profiles use
/// (<see cref="Profiles.DeviceDrivers"/>); the headless ones are built in, later drivers
/// (emulator, serial) add themselves with the Add methods.
/// </summary>
public sealed class DeviceDriverRegistry
{
    private readonly Dictionary<string, Func<KeypadProfile, IKeypad>> _keypads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<DisplayProfile, IDisplay>> _displays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<PrinterProfile, IReceiptPrinter>> _printers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<CardReaderProfile, ICardReader>> _cardReaders = new(StringComparer.Ordinal);

    /// <summary>A registry with the headless drivers.</summary>
    public static DeviceDriverRegistry WithHeadless() => new DeviceDriverRegistry()
        .AddKeypad(Profiles.DeviceDrivers.Headless, _ => new HeadlessKeypad())
        .AddDisplay(Profiles.DeviceDrivers.Headless, p => new HeadlessDisplay(p.Columns, p.Rows))
        .AddPrinter(Profiles.DeviceDrivers.Headless, p => new HeadlessPrinter(p.Columns))
        .AddCardReader(Profiles.DeviceDrivers.Headless, _ => new HeadlessCardReader());

    public DeviceDriverRegistry AddKeypad(string driver, Func<KeypadProfile, IKeypad> create) => Add(_keypads, driver, create);
    public DeviceDriverRegistry AddDisplay(string driver, Func<DisplayProfile, IDisplay> create) => Add(_displays, driver, create);
    public DeviceDriverRegistry AddPrinter(string driver, Func<PrinterProfile, IReceiptPrinter> create) => Add(_printers, driver, create);
    public DeviceDriverRegistry AddCardReader(string driver, Func<CardReaderProfile, ICardReader> create) => Add(_cardReaders, driver, create);

    /// <summary>
    /// Creates the profile's devices. A driver not registered here is a <see cref="NotSupportedException"/>
    /// naming the profile, the key and the drivers this build has.
    /// </summary>
    public DeviceSet Create(HardwareProfile profile) => new(
        Build(profile, "keypad", _keypads, profile.Keypad.Driver, profile.Keypad),
        Build(profile, "display", _displays, profile.Display.Driver, profile.Display),
        Build(profile, "printer", _printers, profile.Printer.Driver, profile.Printer),
        Build(profile, "cardReader", _cardReaders, profile.CardReader.Driver, profile.CardReader));

    private DeviceDriverRegistry Add<TProfile, TDevice>(Dictionary<string, Func<TProfile, TDevice>> drivers, string driver, Func<TProfile, TDevice> create)
    {
        drivers[driver] = create;
        return this;
    }

    private static TDevice Build<TProfile, TDevice>(HardwareProfile profile, string device, Dictionary<string, Func<TProfile, TDevice>> drivers, string driver, TProfile settings)
    {
        if (!drivers.TryGetValue(driver, out var create))
            throw new NotSupportedException(
                $"profile \"{profile.Name}\": {device}.driver: driver \"{driver}\" is not available in this build (available: {string.Join(", ", drivers.Keys.Order(StringComparer.Ordinal))})");
        return create(settings);
    }
}
