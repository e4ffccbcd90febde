using System.Runtime.InteropServices;
using LakalaPos.Core.Engine;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM ask `run` to stop: the first one is taken (the process is not
/// killed), noted and wakes the engine's loop, which then powers the terminal off in order — the
/// journal and the ports closed. A second signal while stopping is left to end the process as usual.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;
    private readonly EventQueue _wake;
    private volatile string? _reason;

    public StopSignals(EventQueue wake)
    {
        _wake = wake;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>The signal that asked to stop ("SIGINT", "SIGTERM"), or null while none did.</summary>
    public string? Reason => _reason;

    private void Handle(PosixSignalContext context)
    {
        if (_reason is not null)
            return;
        context.Cancel = true;
        _reason = context.Signal.ToString();
        _wake.Wake();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
    }
}
