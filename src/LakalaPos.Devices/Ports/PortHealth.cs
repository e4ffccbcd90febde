using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Ports;

/// <summary>The self-test of a device on a serial port, as far as the port can tell: open, or why not.</summary>
public static class PortHealth
{
    public static DeviceHealth Of(DevicePort port) => port.Problem is { } problem
        ? new DeviceHealth(DeviceState.NotConnected, $"{port.Name}: {problem}")
        : DeviceHealth.Ready($"{port.Name} open");
}
