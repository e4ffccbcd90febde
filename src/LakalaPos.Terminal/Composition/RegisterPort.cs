using LakalaPos.Devices.Ecr;
using LakalaPos.Devices.Ports;
using LakalaPos.Profiles;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>The cash register's port the profile's ecr section (or --ecr) asks for: a TCP listener or a serial port; none without the section.</summary>
internal static class RegisterPort
{
    /// <summary>The port, not started yet; null when the terminal takes no register.</summary>
    public static EcrPort? Create(EcrProfile? ecr, ILogger log)
    {
        if (ecr is null)
            return null;
        IByteChannel channel = ecr.Tcp is { } address
            ? new TcpRegisterListener(address, log)
            : new SerialPortChannel(ecr.Serial!, log);
        log.Information("ECR: the register's link is {Link}", ecr.Describe());
        return new EcrPort(channel, log);
    }
}
