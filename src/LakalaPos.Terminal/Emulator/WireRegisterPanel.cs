using System.Globalization;
using System.Net;
using LakalaPos.Ecr.Messages;
using LakalaPos.Ecr.Register;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Control;
using LakalaPos.Terminal.Cli;
using Serilog;

namespace LakalaPos.Terminal.Emulator;

/// <summary>
/// The register panel as a real cash register: it connects to the emulator's own register listener
/// over TCP (<see cref="EcrRegister"/>, <see cref="TcpEcrConnection"/>) and asks there, over the
/// link's protocol (docs/ecr.md), as <c>lakalapos ecr --connect</c> would from another shell. A
/// request is typed as that command takes it (<see cref="RegisterCommand"/>), gets an id of its own
/// (P, the UTC time, a counter) and is asked on a background task — its answer waits for the
/// cashier's card and PIN —, one at a time. The answer (or the lack of one) is shown with
/// <see cref="Changed"/>.
/// </summary>
public sealed class WireRegisterPanel : IRegisterPanel, IDisposable
{
    private readonly EcrRegister _register;
    private readonly string _link;
    private readonly string _connect;
    private readonly Action<string>? _sending;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private int _counter;
    private string? _waiting;
    private string? _lastRequest;
    private IReadOnlyList<RegisterField> _answer = [];
    private string? _lastReply;
    private bool _disposed;

    /// <param name="terminal">Where the terminal listens for its register.</param>
    /// <param name="sending">Told each request just before it is sent, as a replay line's words (<c>sale A1 "可乐:2:3.50"</c>), for a recording of the session.</param>
    public WireRegisterPanel(IPEndPoint terminal, Action<string>? sending, ILogger log, EcrRegisterOptions? options = null)
    {
        var address = Reachable(terminal);
        _link = $"register link: {address}";
        _connect = $"lakalapos ecr --connect {address} sale …";
        _sending = sending;
        _log = log;
        var host = address.Address.ToString();
        var port = address.Port;
        _register = new EcrRegister(() => TcpEcrConnection.Connect(host, port, TimeSpan.FromSeconds(5)), options, log);
        Address = address;
    }

    /// <summary>Where the panel (and any register) reaches the terminal.</summary>
    public IPEndPoint Address { get; }

    public event EventHandler? Changed;

    /// <summary>The panel of a terminal whose register link is not TCP here: it shows the link, and asks nothing.</summary>
    public static RegisterState Unavailable(string link) =>
        new(false, $"{link} (a register on that line asks; this panel talks TCP only)", null, null, null, [], null);

    public RegisterState State
    {
        get
        {
            lock (_gate)
                return new RegisterState(true, _link, _connect, _waiting, _lastRequest, _answer, _lastReply);
        }
    }

    public InputResult Ask(string command)
    {
        if (!RegisterCommand.TryParse(command, out var parsed, out var problem))
            return Reply(InputResult.Refused($"{problem} (requests: {RegisterCommand.Syntax})"));
        string id;
        string line;
        lock (_gate)
        {
            if (_disposed)
                return InputResult.Unavailable("the emulator is stopping");
            if (_waiting is not null)
                return InputResult.Conflict($"a request is waiting for its answer ({_waiting}); one at a time");
            id = string.Create(CultureInfo.InvariantCulture, $"P{DateTime.UtcNow:yyyyMMddHHmmss}-{++_counter}");
            line = parsed!.Format();
            _waiting = $"{id}: {line}";
            _lastReply = $"sent {id}: {line}";
        }
        Changed?.Invoke(this, EventArgs.Empty);
        var request = parsed.ToRequest(id);
        // Its own thread: the answer may take minutes (the cashier's card and PIN), and the register waits on the caller's thread.
        _ = Task.Factory.StartNew(() => Send(request, line), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return InputResult.Done($"sent {id}: {line}; waiting for the cashier");
    }

    /// <summary>Stops showing answers; a request still waiting ends when the terminal's listener closes.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
        }
        _register.Dispose();
    }

    private void Send(RegisterRequest request, string line)
    {
        IReadOnlyList<RegisterField> fields;
        string reply;
        try
        {
            _sending?.Invoke(line);
            var answer = _register.Ask(request);
            fields = [new RegisterField("id", answer.Id), .. EcrCommand.Lines(answer).Select(Field)];
            reply = $"answer to {request.Id}: {WireNames.Of(answer.Result)}{(answer.Reason is { } reason ? " " + reason : "")}";
        }
        catch (EcrNoAnswerException e)
        {
            fields = [new RegisterField("id", request.Id), new RegisterField("result", "NO ANSWER"), new RegisterField("message", e.Message)];
            reply = $"no answer to {request.Id}: {e.LastProblem}";
        }
        catch (Exception e)
        {
            // Disposed while asking, or the link failed in a way the register does not retry: shown, never thrown.
            _log.Warning("Register panel: request {RequestId} failed ({Problem})", request.Id, e.Message);
            fields = [new RegisterField("id", request.Id), new RegisterField("result", "NO ANSWER"), new RegisterField("message", e.Message)];
            reply = $"no answer to {request.Id}: {e.Message}";
        }
        lock (_gate)
        {
            if (_disposed)
                return;
            _waiting = null;
            _lastRequest = $"{request.Id}: {line}";
            _answer = fields;
            _lastReply = reply;
        }
        Changed?.Invoke(this, EventArgs.Empty);
    }

    private InputResult Reply(InputResult result)
    {
        lock (_gate)
            _lastReply = result.Reply.Message;
        Changed?.Invoke(this, EventArgs.Empty);
        return result;
    }

    private static RegisterField Field(string line)
    {
        var equals = line.IndexOf('=');
        return new RegisterField(line[..equals], line[(equals + 1)..]);
    }

    /// <summary>The listener's address as a register on this machine reaches it: a wildcard address is the loopback of its family.</summary>
    private static IPEndPoint Reachable(IPEndPoint endpoint) =>
        endpoint.Address.Equals(IPAddress.Any) ? new IPEndPoint(IPAddress.Loopback, endpoint.Port)
        : endpoint.Address.Equals(IPAddress.IPv6Any) ? new IPEndPoint(IPAddress.IPv6Loopback, endpoint.Port)
        : endpoint;
}
