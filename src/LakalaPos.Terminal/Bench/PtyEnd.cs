using LakalaPos.Devices.Ports;

namespace LakalaPos.Terminal.Bench;

/// <summary>
/// The device's side of one pty of `lakalapos devices`: a thread reads what the terminal sends and
/// hands it to <see cref="Received"/>; <see cref="Idle"/> is called when nothing came for a moment.
/// </summary>
internal abstract class PtyEnd : IDisposable
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(60);
    private readonly Thread _reader;
    private volatile bool _stopping;

    protected PtyEnd(PseudoTerminal pty, string role)
    {
        Pty = pty;
        Role = role;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "devices " + role };
    }

    public PseudoTerminal Pty { get; }

    /// <summary>What the device is ("display and keypad", "card reader", "printer").</summary>
    public string Role { get; }

    public void Start() => _reader.Start();

    /// <summary>Sends bytes to the terminal, as the device would.</summary>
    public void Send(ReadOnlySpan<byte> bytes) => Pty.Write(bytes, TimeSpan.FromSeconds(5));

    protected abstract void Received(ReadOnlySpan<byte> bytes);

    protected virtual void Idle()
    {
    }

    private void ReadLoop()
    {
        var buffer = new byte[8192];
        while (!_stopping)
        {
            var count = Pty.Read(buffer, Slice);
            if (_stopping)
                break;
            if (count > 0)
                Received(buffer.AsSpan(0, count));
            else
                Idle();
        }
    }

    public void Dispose()
    {
        _stopping = true;
        if (_reader.IsAlive)
            _reader.Join(TimeSpan.FromSeconds(1));
        Pty.Dispose();
    }
}
