using System.Runtime.InteropServices;
using System.Text;

namespace LakalaPos.Devices.Ports;

/// <summary>
/// A pseudo-terminal pair in raw mode (Linux, through libc): a serial driver opens
/// <see cref="SlavePath"/> like any serial device, and whoever holds this object plays the device
/// on the master side — `lakalapos devices`, and the tests. The master is non-blocking: reads and
/// writes wait at most the time they are given. Disposing closes the master, which is a hang-up
/// on the slave side (the driver sees its device gone).
/// </summary>
public sealed class PseudoTerminal : IDisposable
{
    private readonly int _master;
    private int _closed;

    private PseudoTerminal(int master, string slavePath)
    {
        _master = master;
        SlavePath = slavePath;
    }

    /// <summary>The device path a driver opens, e.g. /dev/pts/7.</summary>
    public string SlavePath { get; }

    /// <summary>Makes a new pair; an <see cref="IOException"/> naming the call that failed when the system has none to give.</summary>
    public static PseudoTerminal Open()
    {
        var master = PtyCalls.posix_openpt(PtyCalls.ReadWrite | PtyCalls.NoControllingTerminal | PtyCalls.NonBlocking);
        PtyCalls.Check(master, "posix_openpt");
        try
        {
            PtyCalls.Check(PtyCalls.grantpt(master), "grantpt");
            PtyCalls.Check(PtyCalls.unlockpt(master), "unlockpt");
            var name = new byte[256];
            PtyCalls.Check(PtyCalls.ptsname_r(master, name, (nuint)name.Length), "ptsname_r");
            var termios = new byte[256];
            PtyCalls.Check(PtyCalls.tcgetattr(master, termios), "tcgetattr");
            PtyCalls.cfmakeraw(termios);
            PtyCalls.Check(PtyCalls.tcsetattr(master, PtyCalls.SetNow, termios), "tcsetattr");
            return new PseudoTerminal(master, Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0)));
        }
        catch
        {
            PtyCalls.close(master);
            throw;
        }
    }

    /// <summary>
    /// Bytes the driver wrote, waiting up to <paramref name="timeout"/> for some; 0 when none came
    /// (also while no driver has the slave open: then it waits the time out without spinning).
    /// </summary>
    public int Read(byte[] buffer, TimeSpan timeout)
    {
        var fds = new[] { new PtyCalls.PollFd { Fd = _master, Events = PtyCalls.PollIn } };
        var waitMs = (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue);
        if (PtyCalls.poll(fds, 1, waitMs) <= 0 || Volatile.Read(ref _closed) != 0)
            return 0;
        if ((fds[0].Revents & PtyCalls.PollIn) != 0)
        {
            var count = (int)PtyCalls.read(_master, buffer, buffer.Length);
            if (count > 0)
                return count;
        }
        // No slave open (a hang-up), or nothing after all: poll would answer at once again.
        Thread.Sleep(Math.Min(waitMs, 20));
        return 0;
    }

    /// <summary>Writes every byte to the driver's side; a <see cref="TimeoutException"/> when it takes none for <paramref name="timeout"/>.</summary>
    public void Write(ReadOnlySpan<byte> bytes, TimeSpan timeout)
    {
        var pending = bytes.ToArray();
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (pending.Length > 0)
        {
            var written = (int)PtyCalls.write(_master, pending, pending.Length);
            if (written > 0)
            {
                pending = pending[written..];
                continue;
            }
            var errno = Marshal.GetLastPInvokeError();
            if (errno != PtyCalls.TryAgain)
                throw new IOException($"writing the pty master of {SlavePath} failed: errno {errno}");
            if (Environment.TickCount64 > deadline)
                throw new TimeoutException($"nothing took input from {SlavePath} for {timeout.TotalSeconds} s");
            PtyCalls.poll([new PtyCalls.PollFd { Fd = _master, Events = PtyCalls.PollOut }], 1, 20);
        }
    }

    /// <summary>Sets the terminal's window size, as a terminal emulator does when its window is resized.</summary>
    public void Resize(int columns, int rows)
    {
        var size = new PtyCalls.WindowSize { Columns = (ushort)columns, Rows = (ushort)rows };
        PtyCalls.Check(PtyCalls.ioctl(_master, PtyCalls.SetWindowSize, ref size), "ioctl TIOCSWINSZ");
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
            PtyCalls.close(_master);
    }
}
