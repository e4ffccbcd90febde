using System.Runtime.InteropServices;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM ask `run` or `devices` to stop: the first one is taken (the process
/// is not killed), noted, and <c>stop</c> wakes the command's loop, which then ends in order — for
/// `run`, the journal and the ports closed. A second signal while stopping is left to end the
/// process as usual.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;
    private readonly Action _stop;
    private volatile string? _reason;

    /// <param name="stop">Wakes the command's loop; called once, on the signal's thread.</param>
    public StopSignals(Action stop)
    {
        _stop = stop;
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
        _stop();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
    }
}
