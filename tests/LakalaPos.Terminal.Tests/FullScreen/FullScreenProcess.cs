using System.Diagnostics;
using System.Text;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>
/// `lakalapos run` as a process on a pseudo-terminal the test made: stdin, stdout and stderr on
/// the slave (so the program sees a TTY, TERM=xterm-256color, the window size set on the master),
/// keys typed as bytes on the master, and the screen read back by interpreting the bytes the
/// program wrote (<see cref="Vt100Screen"/>). Every wait is bounded.
/// </summary>
internal sealed class FullScreenProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Pty _pty;
    private readonly Process _process;
    private readonly List<byte> _output;

    private FullScreenProcess(Pty pty, Process process, List<byte> output)
    {
        _pty = pty;
        _process = process;
        _output = output;
    }

    public static FullScreenProcess Start(string dataDirectory, params string[] options) => Start(dataDirectory, 80, 24, options);

    public static FullScreenProcess Start(string dataDirectory, int columns, int rows, params string[] options)
    {
        var output = new List<byte>();
        var pty = new Pty(bytes =>
        {
            lock (output)
                output.AddRange(bytes);
        });
        pty.Resize(columns, rows);
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var arg in (string[])["-c", "exec \"$0\" \"$@\" <\"$PTY\" >\"$PTY\" 2>\"$PTY\"", "dotnet",
                     Path.Combine(AppContext.BaseDirectory, "lakalapos.dll"), "run", "--data", dataDirectory, .. options])
            info.ArgumentList.Add(arg);
        info.Environment["PTY"] = pty.SlavePath;
        info.Environment["TERM"] = "xterm-256color";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start lakalapos");
        return new FullScreenProcess(pty, process, output);
    }

    /// <summary>Everything the program wrote to its terminal so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return Encoding.UTF8.GetString(_output.ToArray());
        }
    }

    /// <summary>The screen as the program's output drew it, row by row.</summary>
    public IReadOnlyList<string> Screen()
    {
        byte[] bytes;
        lock (_output)
            bytes = _output.ToArray();
        return Vt100Screen.Of(bytes).Rows();
    }

    public bool Shows(string text) => Screen().Any(row => row.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits until a row of the screen shows <paramref name="text"/>; fails with the screen after 20 s.</summary>
    public void WaitForScreen(string text) => WaitUntil(() => Shows(text), $"the screen to show '{text}'");

    public void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}; the screen was:\n{string.Join('\n', Screen())}");
            if (_process.HasExited)
                throw new InvalidOperationException($"lakalapos exited ({_process.ExitCode}) before {what}; the screen was:\n{string.Join('\n', Screen())}");
            Thread.Sleep(40);
        }
    }

    /// <summary>Types keys as a terminal sends them: "1", "\r" (Enter), "\u001b" (Esc), "\u0003" (Ctrl+C) …</summary>
    public void Type(string keys) => _pty.Write(Encoding.UTF8.GetBytes(keys));

    /// <summary>Types keys one at a time, each once the program has had time to take the one before (an Esc alone is a key, not the start of a sequence).</summary>
    public void Press(params string[] keys)
    {
        foreach (var key in keys)
        {
            Type(key);
            Thread.Sleep(60);
        }
    }

    /// <summary>The window resized: the new size set on the terminal, and SIGWINCH sent, as a terminal emulator does.</summary>
    public void Resize(int columns, int rows)
    {
        _pty.Resize(columns, rows);
        Signals.Send(_process.Id, Signals.WindowChanged);
    }

    /// <summary>SIGTERM, as a service manager or `kill` sends it.</summary>
    public void Terminate() => Signals.Send(_process.Id, Signals.Terminate);

    public int WaitForExit()
    {
        if (!_process.WaitForExit(Patience))
            throw new TimeoutException($"lakalapos did not exit; the screen was:\n{string.Join('\n', Screen())}");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _pty.Dispose();
    }
}
