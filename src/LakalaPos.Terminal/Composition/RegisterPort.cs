using LakalaPos.Devices.Ecr;
using LakalaPos.Devices.Ports;
using LakalaPos.Profiles;
using Serilog;

namespace LakalaPos.Terminal.Composition;

/// <summary>The cash register's port the profile's ecr section (or --ecr) asks for: a TCP listener or a serial port; none without the section.</summary>
internal static class RegisterPort
{
    /// <summary>The port, not started yet; null when the terminal takes no register.</summary>
    /// <param name="listener">The TCP listener, when the link is TCP: where it listens is known once the port has started.</param>
    public static EcrPort? Create(EcrProfile? ecr, ILogger log, out TcpRegisterListener? listener)
    {
        listener = null;
        if (ecr is null)
            return null;
        IByteChannel channel = ecr.Tcp is { } address
            ? listener = new TcpRegisterListener(address, log)
            : new SerialPortChannel(ecr.Serial!, log);
        log.Information("ECR: the register's link is {Link}", ecr.Describe());
        return new EcrPort(channel, log);
    }
}
