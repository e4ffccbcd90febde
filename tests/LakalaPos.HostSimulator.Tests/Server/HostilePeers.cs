using System.Net;
using System.Net.Sockets;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// Peers that hold the server's slots without being terminals: each one connects, sits idle or
/// sends a junk 3-byte frame at a steady pace, and connects again 200 ms after the server closes it.
/// </summary>
internal sealed class HostilePeers : IDisposable
{
    /// <summary>A frame announcing one byte, and that byte: no ISO 8583 message is that short.</summary>
    private static readonly byte[] JunkFrame = [0x00, 0x01, 0xFF];
    private static readonly TimeSpan Reconnect = TimeSpan.FromMilliseconds(200);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _peers;
    private int _connections;
    private int _closedByServer;

    private HostilePeers(int port, int count, TimeSpan? junkEvery) =>
        _peers = [.. Enumerable.Range(0, count).Select(_ => Task.Run(() => RunAsync(port, junkEvery)))];

    public static HostilePeers Idle(int port, int count) => new(port, count, null);

    public static HostilePeers SendingJunk(int port, int count, TimeSpan every) => new(port, count, every);

    /// <summary>Connections made so far, reconnections included.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>How many times the server closed one of them.</summary>
    public int ClosedByServer => Volatile.Read(ref _closedByServer);

    public void Dispose()
    {
        _stop.Cancel();
        Task.WaitAll(_peers, TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private async Task RunAsync(int port, TimeSpan? junkEvery)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
                {
                    await socket.ConnectAsync(IPAddress.Loopback, port, _stop.Token);
                    Interlocked.Increment(ref _connections);
                    await (junkEvery is { } every ? SendJunkUntilClosedAsync(socket, every) : UntilClosedAsync(socket));
                }
                Interlocked.Increment(ref _closedByServer);
                await Task.Delay(Reconnect, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                // Refused, reset: the server closed it.
                Interlocked.Increment(ref _closedByServer);
            }
        }
    }

    /// <summary>Reads (and drops) whatever comes until the server closes the connection.</summary>
    private async Task UntilClosedAsync(Socket socket)
    {
        var buffer = new byte[256];
        while (await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token) > 0)
        {
        }
    }

    private async Task SendJunkUntilClosedAsync(Socket socket, TimeSpan every)
    {
        var closed = UntilClosedAsync(socket);
        while (!closed.IsCompleted)
        {
            await socket.SendAsync(JunkFrame, SocketFlags.None, _stop.Token);
            await Task.WhenAny(closed, Task.Delay(every, _stop.Token));
            _stop.Token.ThrowIfCancellationRequested();
        }
        await closed;
    }
}
