using LakalaPos.Profiles;
using LakalaPos.Devices.Headless;

namespace LakalaPos.Devices.Emulator;

/// <summary>
/// Registers the full-screen console's drivers for the driver names of devices that are not
/// hardware ("emulator" and "headless"): display and printer keep what they show for the console
/// to draw (<c>changed</c> is called when it changed, from any thread); keypad and card reader are
/// fed by the console's key reader (the same classes as headless).
/// </summary>
public static class PanelDrivers
{
    public static DeviceDriverRegistry AddFullScreenEmulator(this DeviceDriverRegistry registry, Action changed)
    {
        foreach (var driver in new[] { DeviceDrivers.Emulator, DeviceDrivers.Headless })
        {
            registry
                .AddKeypad(driver, _ => new HeadlessKeypad())
                .AddDisplay(driver, p => new PanelDisplay(p.Columns, p.Rows, changed))
                .AddPrinter(driver, p => new PanelPrinter(p.Columns, changed))
                .AddCardReader(driver, _ => new HeadlessCardReader());
        }
        return registry;
    }
}
