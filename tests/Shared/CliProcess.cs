// Process test helpers shared by the terminal's program tests and the host simulator's.
using System.Diagnostics;
using System.Text;

namespace LakalaPos.Tests.Shared;

/// <summary>
/// Runs the real `lakalapos` program, or the host simulator program, as a separate process, as an
/// operator would from a shell, and lets a test wait for text on its output before typing the next line.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();
    private int _consumed;

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static CliProcess Start(string workingDirectory, params string[] args) => StartProgram("lakalapos.dll", workingDirectory, args);

    /// <summary>The host simulator's server program, a process of its own.</summary>
    public static CliProcess StartHostSimulator(string workingDirectory, params string[] args) =>
        StartProgram("LakalaPos.HostSimulator.dll", workingDirectory, args);

    private static CliProcess StartProgram(string program, string workingDirectory, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return new CliProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start lakalapos"));
    }

    /// <summary>The process id (what a second lakalapos names when the data folder is taken).</summary>
    public int Pid => _process.Id;

    /// <summary>Everything the program wrote so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
                return _output.ToString();
        }
    }

    /// <summary>Waits until <paramref name="text"/> appears in output not yet waited past; fails after 30 s with what was there.</summary>
    public void WaitFor(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                var at = _output.ToString().IndexOf(text, _consumed, StringComparison.Ordinal);
                if (at >= 0)
                {
                    _consumed = at + text.Length;
                    return;
                }
            }
            if (_process.HasExited)
                break;
            Thread.Sleep(20);
        }
        throw new TimeoutException($"'{text}' did not appear; output was:\n{Output}");
    }

    public void Type(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    /// <summary>Closes the program's stdin, as `&lt; /dev/null` or a closed pipe would.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>True once the program has ended.</summary>
    public bool HasExited => _process.HasExited;

    public int WaitForExit()
    {
        if (!_process.WaitForExit(Patience))
            throw new TimeoutException($"lakalapos did not exit; output was:\n{Output}");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once, as a power cut or a crash would: no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_gate)
            _output.AppendLine(line);
    }
}
