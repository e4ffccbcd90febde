using System.Runtime.InteropServices;
using System.Text;
using static LakalaPos.Devices.Tests.Support.Libc;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// A pseudo-terminal pair in raw mode: the driver opens <see cref="SlavePath"/> with
/// System.IO.Ports like any serial device; the test plays the device on the master, which a
/// thread of its own reads. The master is non-blocking, so no test can hang on it.
/// </summary>
internal sealed class Pty : IDisposable
{
    private readonly int _master;
    private readonly Action<byte[]> _received;
    private readonly Thread _reader;
    private volatile bool _closing;

    public Pty(Action<byte[]> received)
    {
        _received = received;
        _master = posix_openpt(ReadWrite | NoControllingTerminal | NonBlocking);
        Check(_master, "posix_openpt");
        Check(grantpt(_master), "grantpt");
        Check(unlockpt(_master), "unlockpt");
        var name = new byte[256];
        Check(ptsname_r(_master, name, (nuint)name.Length), "ptsname_r");
        SlavePath = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));
        var termios = new byte[256];
        Check(tcgetattr(_master, termios), "tcgetattr");
        cfmakeraw(termios);
        Check(tcsetattr(_master, SetNow, termios), "tcsetattr");
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "pty master " + SlavePath };
        _reader.Start();
    }

    public string SlavePath { get; }

    /// <summary>Writes every byte to the driver's side; a <see cref="TimeoutException"/> when it takes none for <see cref="Wait.Limit"/>.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        var pending = bytes.ToArray();
        var deadline = Environment.TickCount64 + (long)Wait.Limit.TotalMilliseconds;
        while (pending.Length > 0)
        {
            var written = (int)write(_master, pending, pending.Length);
            if (written > 0)
            {
                pending = pending[written..];
                continue;
            }
            if (Marshal.GetLastPInvokeError() != TryAgain)
                throw new IOException($"writing the pty master failed: errno {Marshal.GetLastPInvokeError()}");
            if (Environment.TickCount64 > deadline)
                throw new TimeoutException($"the driver took no input from {SlavePath} for {Wait.Limit.TotalSeconds} s");
            poll([new PollFd { Fd = _master, Events = PollOut }], 1, 20);
        }
    }

    /// <summary>Sets the terminal's window size, as a terminal emulator does when its window is resized.</summary>
    public void Resize(int columns, int rows)
    {
        var size = new WindowSize { Columns = (ushort)columns, Rows = (ushort)rows };
        Check(ioctl(_master, SetWindowSize, ref size), "ioctl TIOCSWINSZ");
    }

    /// <summary>Closes the master: the driver's side hangs up.</summary>
    public void Dispose()
    {
        if (_closing)
            return;
        _closing = true;
        _reader.Join();
        close(_master);
    }

    private void ReadLoop()
    {
        var fds = new[] { new PollFd { Fd = _master, Events = PollIn } };
        var buffer = new byte[8192];
        while (!_closing)
        {
            if (poll(fds, 1, 20) <= 0)
                continue;
            var count = (fds[0].Revents & PollIn) != 0 ? (int)read(_master, buffer, buffer.Length) : 0;
            if (count > 0)
                _received(buffer[..count]);
            else
                Thread.Sleep(5); // no slave open (hang-up) or nothing after all
        }
    }
}
