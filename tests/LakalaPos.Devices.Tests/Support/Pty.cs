using LakalaPos.Devices.Ports;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// A pseudo-terminal pair (<see cref="PseudoTerminal"/>, the one `lakalapos devices` uses): the
/// driver opens <see cref="SlavePath"/> with System.IO.Ports like any serial device; the test plays
/// the device on the master, which a thread of its own reads. Every wait is bounded, so no test can hang on it.
/// </summary>
internal sealed class Pty : IDisposable
{
    private readonly PseudoTerminal _pty = PseudoTerminal.Open();
    private readonly Action<byte[]> _received;
    private readonly Thread _reader;
    private volatile bool _closing;

    public Pty(Action<byte[]> received)
    {
        _received = received;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "pty master " + SlavePath };
        _reader.Start();
    }

    public string SlavePath => _pty.SlavePath;

    /// <summary>Writes every byte to the driver's side; a <see cref="TimeoutException"/> when it takes none for <see cref="Wait.Limit"/>.</summary>
    public void Write(ReadOnlySpan<byte> bytes) => _pty.Write(bytes, Wait.Limit);

    /// <summary>Sets the terminal's window size, as a terminal emulator does when its window is resized.</summary>
    public void Resize(int columns, int rows) => _pty.Resize(columns, rows);

    /// <summary>Closes the master: the driver's side hangs up.</summary>
    public void Dispose()
    {
        if (_closing)
            return;
        _closing = true;
        _reader.Join();
        _pty.Dispose();
    }

    private void ReadLoop()
    {
        var buffer = new byte[8192];
        while (!_closing)
        {
            var count = _pty.Read(buffer, TimeSpan.FromMilliseconds(20));
            if (count > 0 && !_closing)
                _received(buffer[..count]);
        }
    }
}
