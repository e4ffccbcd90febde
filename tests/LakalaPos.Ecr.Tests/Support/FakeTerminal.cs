using System.Net;
using System.Net.Sockets;
using LakalaPos.Ecr.Link;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Ecr.Tests.Support;

/// <summary>What the fake terminal does with a request: the bodies it sends back, or null to hang up without a word.</summary>
internal delegate IReadOnlyList<string>? Reply(RegisterRequest request, int connection);

/// <summary>
/// A terminal listening on 127.0.0.1 (a port the system picks), one connection at a time, on a
/// thread of its own: it reads requests through a real link and replies as the test says.
/// </summary>
internal sealed class FakeTerminal : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Reply _reply;
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private readonly List<(int Connection, string Id)> _requests = [];
    private volatile bool _stop;

    public FakeTerminal(Reply reply)
    {
        _reply = reply;
        _listener.Start();
        _thread = new Thread(Run) { IsBackground = true, Name = "fake terminal" };
        _thread.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The id of each request received, with the number of the connection it came on (1, 2, …).</summary>
    public IReadOnlyList<(int Connection, string Id)> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    public static string Answer(string id, string result = "APPROVED") =>
        new TerminalAnswer { Id = id, Request = "SALE", Order = "A1", Result = WireNames.Result(result)!.Value, Voucher = "000002", AmountFen = 1900 }
            .ToMessage().Format();

    public void Dispose()
    {
        _stop = true;
        _thread.Join(TimeSpan.FromSeconds(5));
        _listener.Stop();
    }

    private void Run()
    {
        var connection = 0;
        while (!_stop)
        {
            if (!_listener.Server.Poll(20_000, SelectMode.SelectRead))
                continue;
            using var socket = _listener.AcceptSocket();
            Serve(socket, ++connection);
        }
    }

    private void Serve(Socket socket, int connection)
    {
        var link = new EcrLink(TimeProvider.System, "fake terminal");
        var hangUp = false;
        link.Delivered += body =>
        {
            var request = RegisterRequest.Parse(body);
            lock (_gate)
                _requests.Add((connection, request.Id));
            var replies = _reply(request, connection);
            if (replies is null)
                hangUp = true;
            else
                foreach (var reply in replies)
                    link.Send(reply);
        };
        var buffer = new byte[4096];
        while (!_stop)
        {
            var count = 0;
            if (socket.Poll(20_000, SelectMode.SelectRead))
            {
                count = socket.Receive(buffer);
                if (count == 0)
                    return; // the register hung up
            }
            link.Receive(buffer.AsSpan(0, count));
            link.Tick();
            if (hangUp)
                return;
            var output = link.TakeOutput();
            if (output.Length > 0)
                socket.Send(output);
        }
    }
}
