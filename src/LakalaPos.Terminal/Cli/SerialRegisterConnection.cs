using LakalaPos.Devices.Ports;
using LakalaPos.Ecr.Register;
using LakalaPos.Profiles;
using Serilog;

namespace LakalaPos.Terminal.Cli;

/// <summary>The register simulator's serial connection to a terminal: a serial port opened when made, closed when disposed.</summary>
internal sealed class SerialRegisterConnection : IEcrConnection
{
    private readonly SerialPortChannel _channel;

    /// <summary>Opens the port; a <see cref="PortUnavailableException"/> (an IOException) naming it when it cannot.</summary>
    public SerialRegisterConnection(SerialPortProfile settings, ILogger log)
    {
        _channel = new SerialPortChannel(settings, log);
        _channel.Open();
    }

    public int Read(Span<byte> buffer, TimeSpan timeout) => _channel.Read(buffer, timeout);

    public void Write(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _channel.Write(bytes);
        }
        catch (TimeoutException e)
        {
            throw new IOException($"{_channel.Name}: a write did not finish ({e.Message})", e);
        }
    }

    public void Dispose() => _channel.Close();
}
