using System.Runtime.InteropServices;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// The operator's terminal while the full-screen console owns it: the alternate screen, the cursor
/// hidden, keys read raw (Ctrl+C as a key). Restoring it — the cursor shown, attributes reset, the
/// alternate screen left, so the shell is as it was — happens once, whichever comes first: the
/// console ending, an unhandled exception on any thread, or SIGTERM, SIGHUP, SIGINT or SIGQUIT
/// (those also ask the console to quit, and the process ends once it has).
/// </summary>
public sealed class TerminalScreen : IDisposable
{
    public const string Enter = "\e[?1049h\e[?25l\e[0m\e[2J";
    public const string Leave = "\e[0m\e[2J\e[?25h\e[?1049l";

    private readonly TextWriter _output;
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly bool _treatedControlCAsInput;
    private int _restored;

    private TerminalScreen(TextWriter output, Action quit, Action resized)
    {
        _output = output;
        _treatedControlCAsInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        AppDomain.CurrentDomain.UnhandledException += OnCrash;
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                quit();
            }));
        }
        if (!OperatingSystem.IsWindows())
            _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => resized()));
        Write(Enter);
    }

    /// <summary>Takes the terminal over; <paramref name="quit"/> and <paramref name="resized"/> are called from a signal's thread.</summary>
    public static TerminalScreen TakeOver(TextWriter output, Action quit, Action resized) => new(output, quit, resized);

    /// <summary>Writes a whole frame at once.</summary>
    public void Draw(string frame)
    {
        if (Volatile.Read(ref _restored) == 0)
            Write(frame);
    }

    public void Dispose()
    {
        Restore();
        AppDomain.CurrentDomain.UnhandledException -= OnCrash;
        foreach (var signal in _signals)
            signal.Dispose();
        try
        {
            Console.TreatControlCAsInput = _treatedControlCAsInput;
        }
        catch (IOException)
        {
            // The terminal is gone (a hang-up): nothing left to restore.
        }
    }

    private void OnCrash(object? sender, UnhandledExceptionEventArgs e) => Restore();

    private void Restore()
    {
        if (Interlocked.Exchange(ref _restored, 1) == 0)
            Write(Leave);
    }

    private void Write(string text)
    {
        try
        {
            lock (_output)
            {
                _output.Write(text);
                _output.Flush();
            }
        }
        catch (IOException)
        {
            // The terminal hung up; there is nobody to draw for.
        }
    }
}
