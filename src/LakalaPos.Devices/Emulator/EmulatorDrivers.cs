using LakalaPos.Profiles;
using LakalaPos.Devices.Headless;

namespace LakalaPos.Devices.Emulator;

/// <summary>
/// Registers the console emulator's drivers: display and printer draw on the console; keypad
/// and card reader are fed by whoever reads the operator's input (the same classes as headless).
/// </summary>
public static class EmulatorDrivers
{
    public static DeviceDriverRegistry AddConsoleEmulator(this DeviceDriverRegistry registry, TextWriter output) => registry
        .AddKeypad(DeviceDrivers.Emulator, _ => new HeadlessKeypad())
        .AddDisplay(DeviceDrivers.Emulator, p => new ConsoleScreen(output, p.Columns, p.Rows))
        .AddPrinter(DeviceDrivers.Emulator, p => new ConsoleReceiptPrinter(output, p.Columns))
        .AddCardReader(DeviceDrivers.Emulator, _ => new HeadlessCardReader());
}
