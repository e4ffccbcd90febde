using LakalaPos.Core.Ecr;
using LakalaPos.Ecr.Link;
using LakalaPos.Ecr.Messages;
using Serilog;

namespace LakalaPos.Devices.Ecr;

/// <summary>
/// A register and a terminal port joined in memory, for replays: no thread, no socket, no sleep.
/// Every byte goes through both real links (frames, LRC, ACK) at once, on the caller's thread:
/// <see cref="Ask(RegisterRequest)"/> delivers the request to the terminal side, which raises
/// <see cref="IEcrPort.Requested"/> on that thread before Ask returns; the terminal's
/// <see cref="IEcrPort.Answer"/> reaches the register side before it returns, which keeps it as
/// <see cref="LastAnswer"/>.
/// </summary>
public sealed class EcrLoopback
{
    private readonly ILogger _log;
    private readonly EcrTerminalSide _terminal;
    private readonly EcrLink _register;
    private readonly LoopbackPort _port;
    private readonly List<IReadOnlyDictionary<string, string>> _answers = [];
    private bool _pumping;

    public EcrLoopback(ILogger? log = null, TimeProvider? time = null)
    {
        _log = log ?? Serilog.Core.Logger.None;
        time ??= TimeProvider.System;
        _port = new LoopbackPort(this);
        _terminal = new EcrTerminalSide("terminal (loopback)", _port.Raise, _log, time);
        _register = new EcrLink(time, "register (loopback)", _log);
        _register.Delivered += OnAnswer;
    }

    /// <summary>The terminal's side: give it to the terminal as its <see cref="IEcrPort"/>.</summary>
    public IEcrPort Port => _port;

    /// <summary>
    /// The fields of the last answer the register received, name → value: ver and type, then every
    /// field; the repeated ones (a query's line, an item) numbered from 1 — line1, line2… Null before any.
    /// </summary>
    public IReadOnlyDictionary<string, string>? LastAnswer => _answers.Count == 0 ? null : _answers[^1];

    /// <summary>Every answer received, oldest first.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Answers => _answers;

    /// <summary>Frames the terminal side refused (NAKed).</summary>
    public long FramesRefused => _terminal.Link.FramesRefused;

    /// <summary>Sends a request from the register. The terminal side has raised Requested (or answered ERROR INVALID) when it returns.</summary>
    public void Ask(RegisterRequest request) => Ask(request.ToMessage().Format());

    /// <summary>Sends any body from the register, well formed or not (1–9999 UTF-8 bytes).</summary>
    public void Ask(string body)
    {
        _register.Send(body);
        Pump();
    }

    /// <summary>Hands raw bytes to the terminal side as if the register wrote them (garbled frames, noise).</summary>
    public void SendRaw(ReadOnlySpan<byte> bytes)
    {
        _terminal.Link.Receive(bytes);
        Pump();
    }

    private void OnAnswer(string body)
    {
        try
        {
            var message = EcrMessage.Parse(body);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["ver"] = EcrMessage.Version, ["type"] = message.Type };
            foreach (var group in message.Fields.GroupBy(f => f.Name))
            {
                var numbered = group.Key is "line" or "item";
                var n = 0;
                foreach (var field in group)
                    fields[numbered ? $"{field.Name}{++n}" : field.Name] = field.Value;
            }
            _answers.Add(fields);
        }
        catch (EcrFormatException e)
        {
            _log.Warning("ECR loopback: the register cannot read the terminal's message ({Problem})", e.Message);
        }
    }

    /// <summary>Moves bytes both ways until neither side has anything to say; a call made while pumping (an answer given inside Requested) is carried by the pump under way.</summary>
    private void Pump()
    {
        if (_pumping)
            return;
        _pumping = true;
        try
        {
            while (true)
            {
                var toTerminal = _register.TakeOutput();
                var toRegister = _terminal.Link.TakeOutput();
                if (toTerminal.Length == 0 && toRegister.Length == 0)
                    return;
                _terminal.Link.Receive(toTerminal);
                _register.Receive(toRegister);
            }
        }
        finally
        {
            _pumping = false;
        }
    }

    private sealed class LoopbackPort(EcrLoopback loopback) : IEcrPort
    {
        public event EventHandler<EcrRequest>? Requested;

        public void Answer(EcrAnswer answer)
        {
            loopback._terminal.Answer(answer);
            loopback.Pump();
        }

        public void Raise(EcrRequest request) => Requested?.Invoke(this, request);
    }
}
