using System.Net;
using System.Net.Sockets;
using LakalaPos.Devices.Ports;
using Serilog;

namespace LakalaPos.Devices.Ecr;

/// <summary>
/// The terminal listening for its register on TCP, as a byte channel: one register at a time, and
/// a new connection replaces the one before (a register that lost its connection comes back on a
/// new one). A register hanging up is not the channel going away: the channel waits for the next
/// one. Read and written by the port's reader thread only.
/// </summary>
public sealed class TcpRegisterListener(IPEndPoint endpoint, ILogger log) : IByteChannel, IRegisterChannel
{
    private readonly ManualResetEventSlim _listening = new();
    private readonly string _name = $"tcp {endpoint}";
    private IPEndPoint _endpoint = endpoint;
    /// <summary>How long a write may wait for a register that does not take the bytes before its connection is dropped.</summary>
    public static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(2);

    private TcpListener? _listener;
    private Socket? _register;
    private int _generation;

    public string Name => _name;

    /// <summary>Where it listens once open (the port the system chose, for port 0).</summary>
    public IPEndPoint? LocalEndpoint => Volatile.Read(ref _listener)?.LocalEndpoint as IPEndPoint;

    /// <summary>
    /// Where it listens, once it has been opened the first time (it is opened on the port's reader
    /// thread); null when that did not happen within <paramref name="timeout"/>. For port 0 the port
    /// the system chose is kept: opened again, it listens on the same one.
    /// </summary>
    public IPEndPoint? WaitUntilListening(TimeSpan timeout) => _listening.Wait(timeout) ? Volatile.Read(ref _endpoint) : null;

    public int Generation => Volatile.Read(ref _generation);

    public bool HasRegister => _register is not null;

    public void Open()
    {
        Close();
        var listener = new TcpListener(_endpoint);
        try
        {
            listener.Start(backlog: 4);
        }
        catch (SocketException e)
        {
            listener.Stop();
            throw new PortUnavailableException(Name, $"cannot listen: {e.Message}");
        }
        Volatile.Write(ref _listener, listener);
        if (_endpoint.Port == 0 && listener.LocalEndpoint is IPEndPoint chosen)
            Volatile.Write(ref _endpoint, chosen);
        _listening.Set();
        log.Information("ECR: listening for the register on {Address}", LocalEndpoint?.ToString());
    }

    /// <summary>Takes a new connection (replacing the register's) and reads what the register sent; 0 after the time-out, or when the register hung up.</summary>
    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        var listener = _listener ?? throw new PortUnavailableException(Name, "not open");
        var ready = new List<Socket> { listener.Server };
        if (_register is not null)
            ready.Add(_register);
        try
        {
            Socket.Select(ready, null, null, (int)Math.Clamp(timeout.TotalMicroseconds, 1, int.MaxValue));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Drop($"the connection broke: {e.Message}");
            return 0;
        }
        if (ready.Contains(listener.Server))
            Accept(listener);
        else if (_register is { } register && ready.Contains(register))
            return Receive(register, buffer);
        return 0;
    }

    /// <summary>Writes to the register connected now; an <see cref="IOException"/> when there is none or its connection broke.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        var register = _register ?? throw new IOException("no register is connected");
        try
        {
            while (bytes.Length > 0)
                bytes = bytes[register.Send(bytes)..];
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Drop($"a write failed: {e.Message}");
            throw new IOException($"the register's connection broke: {e.Message}", e);
        }
    }

    public void Close()
    {
        CloseRegister();
        _listener?.Stop();
        _listener = null;
    }

    private void Accept(TcpListener listener)
    {
        Socket socket;
        try
        {
            socket = listener.AcceptSocket();
        }
        catch (SocketException e)
        {
            log.Warning("ECR: a register's connection failed as it was accepted ({Problem})", e.Message);
            return;
        }
        socket.NoDelay = true;
        // A register that stops reading must not hold the port's reader thread: the write fails, the connection is dropped.
        socket.SendTimeout = (int)WriteTimeout.TotalMilliseconds;
        var replaced = _register is not null;
        CloseRegister();
        _register = socket;
        Interlocked.Increment(ref _generation);
        log.Information(replaced ? "ECR: register connected from {Remote}, replacing the connection before" : "ECR: register connected from {Remote}",
            socket.RemoteEndPoint?.ToString());
    }

    private int Receive(Socket register, Span<byte> buffer)
    {
        try
        {
            var count = register.Receive(buffer);
            if (count > 0)
                return count;
            Drop("it hung up");
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Drop($"the connection broke: {e.Message}");
        }
        return 0;
    }

    private void Drop(string why)
    {
        if (_register is null)
            return;
        log.Information("ECR: register disconnected ({Why}); waiting for it to connect again", why);
        CloseRegister();
        Interlocked.Increment(ref _generation);
    }

    private void CloseRegister()
    {
        var register = Interlocked.Exchange(ref _register, null);
        try
        {
            register?.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        register?.Dispose();
    }
}
