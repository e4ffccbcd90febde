using LakalaPos.Profiles;
using LakalaPos.Terminal.Composition;

namespace LakalaPos.Terminal.Cli;

/// <summary>What `run` says about a profile's serial devices when it starts: each port, what is on it, and whether it is there.</summary>
internal static class SerialDeviceLines
{
    public static IEnumerable<string> Of(HardwareProfile profile, ConsoleTerminal terminal)
    {
        var users = new (string Name, SerialPortProfile? Serial)[]
        {
            ("display", profile.Display.Serial), ("keypad", profile.Keypad.Serial),
            ("card reader", profile.CardReader.Serial), ("printer", profile.Printer.Serial),
        };
        foreach (var (settings, _, port) in terminal.SerialPorts)
        {
            var names = users.Where(u => u.Serial?.Device == settings.Device).Select(u => u.Name);
            var state = port.Problem is not { } problem ? "open" : $"not there yet ({problem}): looking for it in the background, it is used as soon as it appears";
            yield return $"  {string.Join(" and ", names)}: {settings.Device} ({settings.LineSettings}) — {state}";
        }
    }
}
