using System.Runtime.InteropServices;

namespace LakalaPos.Devices.Ports;

/// <summary>The libc calls that make a pseudo-terminal pair and play the device on its master side (<see cref="PseudoTerminal"/>).</summary>
internal static class PtyCalls
{
    public const int ReadWrite = 0x2;
    public const int NoControllingTerminal = 0x100;
    public const int NonBlocking = 0x800;
    public const int TryAgain = 11;
    public const short PollIn = 0x1;
    public const short PollOut = 0x4;
    public const int SetNow = 0;

    /// <summary>ioctl request: set the window size of a terminal (Linux).</summary>
    public const nuint SetWindowSize = 0x5414;

    [StructLayout(LayoutKind.Sequential)]
    public struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc", SetLastError = true)]
    public static extern int posix_openpt(int flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int grantpt(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int unlockpt(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int ptsname_r(int fd, byte[] buffer, nuint length);

    /// <summary>struct termios is 60 bytes on Linux; the buffer is bigger to be safe.</summary>
    [DllImport("libc", SetLastError = true)]
    public static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc")]
    public static extern void cfmakeraw(byte[] termios);

    [DllImport("libc", SetLastError = true)]
    public static extern int tcsetattr(int fd, int when, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    public static extern nint read(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern int poll([In, Out] PollFd[] fds, nuint count, int timeoutMilliseconds);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int ioctl(int fd, nuint request, ref WindowSize size);

    public static void Check(int result, string call)
    {
        if (result < 0)
            throw new IOException($"{call} failed: errno {Marshal.GetLastPInvokeError()}");
    }
}
