using LakalaPos.Profiles;
using LakalaPos.Devices;
using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Devices;

/// <summary>
/// Registers the browser drivers for the driver names of devices that are not hardware
/// ("emulator" and "headless"), so any such profile — 58 or 80 mm paper — runs in the browser,
/// sized by the profile. A serial driver stays unavailable here and is named as such.
/// </summary>
public static class BrowserDrivers
{
    public static DeviceDriverRegistry AddBrowserEmulator(this DeviceDriverRegistry registry, EmulatorBoard board)
    {
        foreach (var driver in new[] { DeviceDrivers.Emulator, DeviceDrivers.Headless })
        {
            registry
                .AddKeypad(driver, _ => new BrowserKeypad())
                .AddDisplay(driver, p => new BrowserDisplay(board, p.Columns, p.Rows))
                .AddPrinter(driver, p => new BrowserReceiptPrinter(board, p.Columns))
                .AddCardReader(driver, _ => new BrowserCardReader(board));
        }
        return registry;
    }
}
