using System.Net.Sockets;

namespace LakalaPos.Ecr.Register;

/// <summary>A register's TCP connection to a terminal that listens.</summary>
public sealed class TcpEcrConnection : IEcrConnection
{
    private readonly Socket _socket;

    public TcpEcrConnection(Socket socket) => _socket = socket;

    /// <summary>Connects to host:port within <paramref name="timeout"/>; an <see cref="IOException"/> naming the address when it cannot.</summary>
    public static TcpEcrConnection Connect(string host, int port, TimeSpan timeout)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            socket.ConnectAsync(host, port, cancel.Token).AsTask().GetAwaiter().GetResult();
            return new TcpEcrConnection(socket);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            throw new IOException($"cannot connect to {host}:{port}: {(e is OperationCanceledException ? "no answer in time" : e.Message)}", e);
        }
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        try
        {
            if (!_socket.Poll((int)Math.Clamp(timeout.TotalMicroseconds, 0, int.MaxValue), SelectMode.SelectRead))
                return 0;
            var count = _socket.Receive(buffer);
            return count > 0 ? count : throw new IOException("the terminal closed the connection");
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw new IOException($"the connection broke: {e.Message}", e);
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        try
        {
            while (bytes.Length > 0)
                bytes = bytes[_socket.Send(bytes)..];
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw new IOException($"the connection broke: {e.Message}", e);
        }
    }

    public void Dispose() => _socket.Dispose();
}
