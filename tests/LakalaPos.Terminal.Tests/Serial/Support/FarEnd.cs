using LakalaPos.Devices.Ports;

namespace LakalaPos.Terminal.Tests.Serial.Support;

/// <summary>
/// A device the test plays on the master side of a pty, reached through a symlink of its own so it
/// can be unplugged (the master closed: a hang-up, the link removed) and plugged in again (a new pty
/// behind the same link, as udev does for a replugged USB device). It keeps every byte the terminal
/// sent, per plug-in.
/// </summary>
internal sealed class FarEnd : IDisposable
{
    private readonly object _gate = new();
    private readonly List<List<byte>> _received = [];
    private readonly Func<ReadOnlyMemory<byte>, byte[]?>? _answer;
    private PseudoTerminal? _pty;
    private Thread? _reader;
    private volatile bool _stop;

    /// <param name="answer">What the device answers to bytes it receives (a printer's paper status), or null.</param>
    public FarEnd(string linkPath, Func<ReadOnlyMemory<byte>, byte[]?>? answer = null, bool plugIn = true)
    {
        LinkPath = linkPath;
        _answer = answer;
        if (plugIn)
            PlugIn();
    }

    /// <summary>The device path the profile names.</summary>
    public string LinkPath { get; }

    /// <summary>What the terminal sent, one array per plug-in, oldest first.</summary>
    public IReadOnlyList<byte[]> Received
    {
        get
        {
            lock (_gate)
                return _received.Select(bytes => bytes.ToArray()).ToList();
        }
    }

    /// <summary>What the terminal sent since the last plug-in.</summary>
    public byte[] Current => Received.LastOrDefault() ?? [];

    public void Send(ReadOnlySpan<byte> bytes) =>
        (_pty ?? throw new InvalidOperationException("unplugged")).Write(bytes, TimeSpan.FromSeconds(10));

    public void PlugIn()
    {
        Unplug();
        var pty = PseudoTerminal.Open();
        var temporary = LinkPath + ".new";
        File.Delete(temporary);
        File.CreateSymbolicLink(temporary, pty.SlavePath);
        File.Move(temporary, LinkPath, overwrite: true);
        var bytes = new List<byte>();
        lock (_gate)
            _received.Add(bytes);
        _pty = pty;
        _stop = false;
        _reader = new Thread(() => Read(pty, bytes)) { IsBackground = true, Name = "far end " + LinkPath };
        _reader.Start();
    }

    /// <summary>The link goes first, so the terminal looking for its device never finds a pty number reused by another test.</summary>
    public void Unplug()
    {
        File.Delete(LinkPath);
        _stop = true;
        _reader?.Join(TimeSpan.FromSeconds(2));
        _pty?.Dispose();
        _pty = null;
        _reader = null;
    }

    private void Read(PseudoTerminal pty, List<byte> bytes)
    {
        var buffer = new byte[8192];
        while (!_stop)
        {
            var count = pty.Read(buffer, TimeSpan.FromMilliseconds(50));
            if (count <= 0)
                continue;
            lock (_gate)
                bytes.AddRange(buffer.AsSpan(0, count));
            if (_answer?.Invoke(buffer.AsMemory(0, count)) is { Length: > 0 } reply)
                pty.Write(reply, TimeSpan.FromSeconds(2));
        }
    }

    public void Dispose() => Unplug();
}
