using System.Runtime.InteropServices;

namespace LakalaPos.Terminal.Tests.Serial.Support;

/// <summary>POSIX signals sent to a program under test, as Ctrl-C (SIGINT) or a service manager (SIGTERM) would.</summary>
internal static class Signals
{
    public const int Interrupt = 2;
    public const int Terminate = 15;

    public static void Send(CliProcess process, int signal)
    {
        if (kill(process.Pid, signal) != 0)
            throw new InvalidOperationException($"kill({process.Pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
