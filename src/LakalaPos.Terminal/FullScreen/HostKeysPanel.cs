using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Hosting;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// The full-screen console's host keys over the embedded host simulator: each key is a command in
/// the simulator operator's own words, applied by the simulator's <see cref="OperatorCommands"/> (the
/// same words replay scripts and the browser's host panel use). With an external host (--host) it
/// only says where the host is.
/// </summary>
public sealed class HostKeysPanel(AcquirerSimulator? simulator, string description)
{
    private readonly OperatorCommands? _commands = simulator is null ? null : new OperatorCommands(simulator);

    /// <summary>The host for the status line.</summary>
    public string Status => simulator is null
        ? description
        : (simulator.Online ? "online" : "offline") + (simulator.QueuedRuleCount is > 0 and var n ? $", {n} rule{(n == 1 ? "" : "s")} queued" : "");

    public bool Offline => simulator is { Online: false };

    /// <summary>A command the simulator accepted, as typed (for a recording of the session).</summary>
    public event EventHandler<string>? Accepted;

    /// <summary>Applies a command; returns the simulator's answer, and whether it was refused.</summary>
    public (string Reply, bool Refused) Apply(string command)
    {
        if (_commands is null)
            return ($"the host is not embedded ({description}): its rules are set where it runs", true);
        var reply = _commands.Apply(command);
        var refused = !OperatorCommands.IsAccepted(reply);
        if (!refused)
            Accepted?.Invoke(this, command);
        return ($"host: {reply}", refused);
    }

    /// <summary>Offline when online, online when offline.</summary>
    public (string Reply, bool Refused) Toggle() => Apply(simulator is { Online: true } ? "offline" : "online");
}
