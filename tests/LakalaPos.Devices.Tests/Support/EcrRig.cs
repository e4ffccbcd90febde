using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using LakalaPos.Core.Ecr;
using LakalaPos.Devices.Ecr;
using LakalaPos.Devices.Ports;
using LakalaPos.Profiles;

namespace LakalaPos.Devices.Tests.Support;

public enum EcrTransport
{
    /// <summary>A real pseudo-terminal: the port opens its slave with System.IO.Ports, the register plays the master.</summary>
    Pty,

    /// <summary>Real TCP on 127.0.0.1: the port listens on a port the system picks, the register connects.</summary>
    Tcp,
}

/// <summary>A started <see cref="EcrPort"/> with a register at its far end and the requests it raised. Disposing closes both.</summary>
internal sealed class EcrRig : IDisposable
{
    private readonly PseudoTerminal? _pty;
    private readonly TcpRegisterListener? _listener;
    private Socket? _socket;

    public EcrRig(EcrTransport transport)
    {
        IByteChannel channel;
        if (transport == EcrTransport.Pty)
        {
            _pty = PseudoTerminal.Open();
            channel = new SerialPortChannel(new SerialPortProfile(_pty.SlavePath, 9600), Log.Logger, TimeSpan.FromSeconds(1));
        }
        else
            channel = _listener = new TcpRegisterListener(new IPEndPoint(IPAddress.Loopback, 0), Log.Logger);
        Port = new EcrPort(channel, Log.Logger);
        Port.Requested += (_, request) => Requests.Enqueue(request);
        Port.Start();
        Wait.Until(() => Port.IsOpen, "the ECR port open");
        Register = transport == EcrTransport.Pty
            ? new RegisterEnd((buffer, timeout) => _pty!.Read(buffer, timeout), bytes => _pty!.Write(bytes, Wait.Limit))
            : Connect();
    }

    public TestLog Log { get; } = new();

    public EcrPort Port { get; }

    public RegisterEnd Register { get; private set; }

    public ConcurrentQueue<EcrRequest> Requests { get; } = new();

    /// <summary>TCP: the register hangs up (unless it has) and connects again; returns once the terminal has taken the new connection.</summary>
    public RegisterEnd Reconnect()
    {
        if (_socket is not null)
            HangUp();
        Register = Connect();
        Wait.Until(() => _listener!.HasRegister, "the terminal taking the new connection");
        return Register;
    }

    /// <summary>TCP: the register hangs up; returns once the terminal has seen it.</summary>
    public void HangUp()
    {
        var before = _listener!.Generation;
        _socket!.Dispose();
        _socket = null;
        Wait.Until(() => _listener.Generation > before && !_listener.HasRegister, "the terminal seeing the register hang up");
    }

    /// <summary>TCP: a second register connection while the first is still open; returns once the terminal has taken it.</summary>
    public RegisterEnd ConnectAnother()
    {
        var before = _listener!.Generation;
        var old = _socket;
        Register = Connect();
        Wait.Until(() => _listener.Generation > before, "the terminal taking the new connection");
        _replaced.Add(old!);
        return Register;
    }

    private readonly List<Socket> _replaced = [];

    public EcrRequest NextRequest()
    {
        EcrRequest? request = null;
        Wait.Until(() => Requests.TryDequeue(out request), "a request raised by the port");
        return request!;
    }

    public void Dispose()
    {
        Port.Dispose();
        _socket?.Dispose();
        _replaced.ForEach(socket => socket.Dispose());
        _pty?.Dispose();
    }

    private RegisterEnd Connect()
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.Connect(_listener!.LocalEndpoint!);
        _socket = socket;
        return new RegisterEnd(
            (buffer, timeout) => socket.Poll((int)timeout.TotalMicroseconds, SelectMode.SelectRead) ? socket.Receive(buffer) : 0,
            bytes => socket.Send(bytes));
    }
}
