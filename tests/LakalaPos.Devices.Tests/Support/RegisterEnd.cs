using LakalaPos.Ecr.Framing;
using LakalaPos.Ecr.Link;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// A register in a test, at the far end of a pty or a TCP connection, driven on the test's thread:
/// it sends requests through a real link (or raw bytes), keeps every byte the terminal sent, and
/// reads the terminal's messages, acknowledging them. Every wait is bounded.
/// </summary>
internal sealed class RegisterEnd(Func<byte[], TimeSpan, int> read, Action<byte[]> write)
{
    private readonly EcrLink _link = new(TimeProvider.System, "test register");
    private readonly Queue<string> _messages = new();
    private readonly List<byte> _raw = [];
    private bool _wired;

    /// <summary>Every byte the terminal sent so far.</summary>
    public IReadOnlyList<byte> Raw => _raw;

    public void SendRaw(byte[] bytes) => write(bytes);

    public void Send(string body)
    {
        Wire();
        _link.Send(body);
        Flush();
    }

    public void Send(RegisterRequest request) => Send(request.ToMessage().Format());

    /// <summary>The next message from the terminal (acknowledged).</summary>
    public string NextMessage()
    {
        Wire();
        Pump(() => _messages.Count > 0, "a message from the terminal");
        return _messages.Dequeue();
    }

    public TerminalAnswer NextAnswer() => TerminalAnswer.Parse(NextMessage());

    /// <summary>Waits until the terminal has sent <paramref name="control"/> (ACK or NAK) <paramref name="times"/> times in all.</summary>
    public void WaitFor(byte control, int times = 1) =>
        Pump(() => _raw.Count(b => b == control) >= times, $"{times} x 0x{control:X2} from the terminal");

    private void Wire()
    {
        if (_wired)
            return;
        _wired = true;
        _link.Delivered += _messages.Enqueue;
    }

    private void Pump(Func<bool> done, string what)
    {
        var buffer = new byte[4096];
        var deadline = Environment.TickCount64 + (long)Wait.Limit.TotalMilliseconds;
        while (!done())
        {
            if (Environment.TickCount64 > deadline)
                throw new TimeoutException($"no {what} within {Wait.Limit.TotalSeconds} s; the terminal sent {Convert.ToHexString([.. _raw])}");
            var count = read(buffer, TimeSpan.FromMilliseconds(20));
            _raw.AddRange(buffer.AsSpan(0, count));
            _link.Receive(buffer.AsSpan(0, count));
            _link.Tick();
            Flush();
        }
    }

    private void Flush()
    {
        var output = _link.TakeOutput();
        if (output.Length > 0)
            write(output);
    }

    public static byte[] WithWrongLrc(string body)
    {
        var frame = EcrFrame.Encode(body);
        frame[^1] ^= 0x5A;
        return frame;
    }
}
