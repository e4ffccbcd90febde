namespace LakalaPos.Devices.Ports;

/// <summary>A device's port cannot be used: not there, gone, or not open. The message is one line naming the port.</summary>
public sealed class PortUnavailableException(string port, string reason) : IOException($"{port}: {reason}")
{
    public string Port { get; } = port;

    public string Reason { get; } = reason;
}
