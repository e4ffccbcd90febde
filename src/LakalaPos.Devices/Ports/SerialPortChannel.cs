using System.IO.Ports;
using LakalaPos.Profiles;
using Serilog;

namespace LakalaPos.Devices.Ports;

/// <summary>
/// A serial device through System.IO.Ports, set up from the profile: device path, baud, data
/// bits, parity, stop bits, and no handshake or RTS/CTS. DTR, RTS, CTS and CD are never touched
/// (on a pty, and on some USB adapters, they throw). Read only by the port's reader, and only
/// what has arrived (never through DataReceived, which on Linux may fire twice or not at all).
/// </summary>
public sealed class SerialPortChannel(SerialPortProfile settings, ILogger log, TimeSpan? closeWait = null) : IByteChannel
{
    /// <summary>How often a waiting read asks how much input has arrived.</summary>
    public static readonly TimeSpan InputPoll = TimeSpan.FromMilliseconds(5);

    /// <summary>How long input that has arrived may take to be handed over before the port counts as broken.</summary>
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _closeWait = closeWait ?? PortTiming.Default.CloseWait;
    private SerialPort? _port;

    public string Name => settings.Device;

    public void Open()
    {
        Close();
        var port = new SerialPort(settings.Device, settings.Baud, ToParity(settings.Parity), settings.DataBits,
            settings.StopBits == 2 ? StopBits.Two : StopBits.One)
        {
            Handshake = settings.Handshake == SerialHandshake.RtsCts ? Handshake.RequestToSend : Handshake.None,
        };
        try
        {
            port.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            throw new PortUnavailableException(Name, e.Message);
        }
        _port = port;
    }

    /// <summary>
    /// Waits for input by asking the driver how much has arrived (every <see cref="InputPoll"/>) and
    /// reads only what is there, so a read never times out: on Linux, System.IO.Ports drops the
    /// bytes of a read that times out just as they arrive. A device that hangs up makes the count
    /// fail; input that is there but does not come is a broken port; a quiet port whose device file
    /// has gone is a device pulled out.
    /// </summary>
    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        var port = _port ?? throw new PortUnavailableException(Name, "not open");
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            var available = Available(port);
            if (available > 0)
                return ReadAvailable(port, buffer[..Math.Min(available, buffer.Length)]);
            if (Environment.TickCount64 >= deadline)
                return File.Exists(Name) ? 0 : throw new PortUnavailableException(Name, "its device file is gone");
            Thread.Sleep(InputPoll);
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        var port = _port ?? throw new PortUnavailableException(Name, "not open");
        try
        {
            port.WriteTimeout = WriteTimeoutMilliseconds(bytes.Length);
            port.BaseStream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException)
        {
            throw new PortUnavailableException(Name, e.Message);
        }
    }

    private int Available(SerialPort port)
    {
        try
        {
            var available = port.BytesToRead;
            return available >= 0 ? available : throw new PortUnavailableException(Name, "the device hung up");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            throw new PortUnavailableException(Name, e.Message);
        }
    }

    private int ReadAvailable(SerialPort port, Span<byte> buffer)
    {
        try
        {
            port.ReadTimeout = (int)DeliveryTimeout.TotalMilliseconds;
            return port.BaseStream.Read(buffer);
        }
        catch (TimeoutException)
        {
            throw new PortUnavailableException(Name, "input has arrived but is not delivered");
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException)
        {
            throw new PortUnavailableException(Name, e.Message);
        }
    }

    /// <summary>
    /// Closes on a thread of its own: System.IO.Ports may wait for ever on a device that went away
    /// with a write pending. After <see cref="_closeWait"/> the close is left to finish in the background.
    /// </summary>
    public void Close()
    {
        var port = Interlocked.Exchange(ref _port, null);
        if (port is null)
            return;
        var closing = new Thread(() => CloseQuietly(port)) { IsBackground = true, Name = "closing " + Name };
        closing.Start();
        if (!closing.Join(_closeWait))
            log.Warning("Serial port {Port}: closing did not finish within {Wait} ms; left to finish in the background", Name, (int)_closeWait.TotalMilliseconds);
    }

    private static void CloseQuietly(SerialPort port)
    {
        try
        {
            port.Dispose();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Gone already: closing has nothing left to do.
        }
    }

    /// <summary>Twice the time the bytes take on the line, plus a second: a printer holding CTS (busy, cover open) makes the write time out instead of hanging.</summary>
    private int WriteTimeoutMilliseconds(int count)
    {
        var bitsPerCharacter = 1 + settings.DataBits + (settings.Parity == SerialParity.None ? 0 : 1) + settings.StopBits;
        return (int)Math.Min(int.MaxValue, 1000 + 2000L * count * bitsPerCharacter / settings.Baud);
    }

    private static Parity ToParity(SerialParity parity) => parity switch
    {
        SerialParity.Even => Parity.Even,
        SerialParity.Odd => Parity.Odd,
        _ => Parity.None,
    };
}
