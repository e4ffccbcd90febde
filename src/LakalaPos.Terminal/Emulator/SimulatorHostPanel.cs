using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Control;
using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Hosting;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Observability;

namespace LakalaPos.Terminal.Emulator;

/// <summary>
/// The host panel over the embedded host simulator: its operator commands as typed at the
/// simulator program, and what it shows — online, rules queued, merchant balance, and the message
/// types that reached the host lately (types only: no field of a message leaves the host).
/// </summary>
public sealed class SimulatorHostPanel : IHostPanel
{
    public const int MessagesShown = 8;

    private readonly AcquirerSimulator _host;
    private readonly OperatorCommands _commands;
    private readonly string _description;
    private readonly object _gate = new();
    private readonly Queue<string> _received = new();
    private string? _lastReply;

    public SimulatorHostPanel(AcquirerSimulator host, string description)
    {
        _host = host;
        _commands = new OperatorCommands(host);
        _description = description;
        _host.MessageReceived += OnReceived;
    }

    public event EventHandler? Changed;

    /// <summary>A command the simulator accepted, as typed (for a recording of the session).</summary>
    public event EventHandler<string>? Accepted;

    /// <summary>The panel of a terminal whose host is not embedded: it shows where the host is, and takes no commands.</summary>
    public static HostState External(string description) => new(false, description, true, 0, null, [], null);

    public HostState State
    {
        get
        {
            lock (_gate)
                return new HostState(true, _description, _host.Online, _host.QueuedRuleCount, Yuan.Format(_host.MerchantBalanceFen),
                    _received.ToList(), _lastReply);
        }
    }

    public InputResult Apply(string command)
    {
        var reply = _commands.Apply(command);
        lock (_gate)
            _lastReply = reply;
        Changed?.Invoke(this, EventArgs.Empty);
        if (!OperatorCommands.IsAccepted(reply))
            return InputResult.Refused(reply);
        Accepted?.Invoke(this, command);
        return InputResult.Done(reply);
    }

    // Raised under the simulator's lock: note the type, and tell the panel from another thread (reading the simulator here would call back into it).
    private void OnReceived(object? sender, ReceivedMessage message)
    {
        lock (_gate)
        {
            _received.Enqueue($"{message.ReceivedAt:HH:mm:ss} {message.Message?.Mti ?? "unreadable"}");
            while (_received.Count > MessagesShown)
                _received.Dequeue();
        }
        ThreadPool.QueueUserWorkItem(_ => Changed?.Invoke(this, EventArgs.Empty));
    }
}
