using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LakalaPos.Terminal.Performance;

/// <summary>One boot of a lakalapos program, timed from process start.</summary>
/// <param name="FirstScreen">Until the boot screen (设备自检) is on its stdout.</param>
/// <param name="SignInPrompt">Until the sign-in prompt (请输入操作员号) is; the boot screen stays up for the boot time (1 s) before it.</param>
/// <param name="RssMegabytes">Its resident memory (VmRSS) when the sign-in prompt showed.</param>
public sealed record BootTiming(TimeSpan FirstScreen, TimeSpan SignInPrompt, double RssMegabytes);

/// <summary>
/// Starts `PROGRAM run --line --data FRESH_TEMP_FOLDER` as a child process, as an operator would,
/// and times its boot by what appears on its stdout; then quits it. Nothing is typed before the prompt.
/// </summary>
public static class ProcessBoot
{
    public const string BootScreenText = "设备自检";
    public const string SignInPromptText = "请输入操作员号";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <param name="command">The program and the arguments before `run` (e.g. dotnet lakalapos.dll, or the native binary alone).</param>
    public static BootTiming Time(IReadOnlyList<string> command)
    {
        var data = Path.Combine(Path.GetTempPath(), "lakalapos-bench-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1).Concat(["run", "--line", "--data", data]))
            info.ArgumentList.Add(arg);

        var firstScreen = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var prompt = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command[0]}");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
                return;
            if (line.Contains(BootScreenText, StringComparison.Ordinal))
                firstScreen.TrySetResult(clock.Elapsed);
            if (line.Contains(SignInPromptText, StringComparison.Ordinal))
                prompt.TrySetResult(clock.Elapsed);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (!prompt.Task.Wait(Patience))
                throw new TimeoutException($"{Path.GetFileName(command[0])} showed no sign-in prompt within {Patience.TotalSeconds:0} s");
            var rss = ResidentMegabytes(process.Id);
            process.StandardInput.WriteLine("quit");
            process.StandardInput.Flush();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new BootTiming(firstScreen.Task.Result, prompt.Task.Result, rss);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A scratch folder left in the temp folder harms nothing.
            }
        }
    }

    /// <summary>VmRSS of /proc/PID/status in MB (1 MB = 1024 kB); NaN where there is no /proc.</summary>
    public static double ResidentMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
            return double.NaN;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (line is null)
            return double.NaN;
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
    }
}
