using System.Runtime.InteropServices;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>Signals a test sends a running program, as a terminal emulator or a service manager would.</summary>
internal static class Signals
{
    public const int Terminate = 15;
    public const int WindowChanged = 28;

    public static void Send(int pid, int signal)
    {
        if (kill(pid, signal) < 0)
            throw new IOException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
