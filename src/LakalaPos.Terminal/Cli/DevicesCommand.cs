using System.Collections.Concurrent;
using LakalaPos.Profiles;
using LakalaPos.Terminal.Bench;
using LakalaPos.Terminal.Composition;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos devices</c>: plays the devices of a serial profile on ptys made here, so `run` can
/// be tried without the hardware (docs/hardware.md, "Trying it with devices"). It writes a copy of
/// the profile naming the ptys and prints the `run` command that uses it; then it shows what the
/// display draws and what the printer prints, and sends the keys and swipes typed on stdin.
/// It stops on <c>quit</c>, the end of its input, SIGINT or SIGTERM.
/// </summary>
public static class DevicesCommand
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!DevicesArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, DevicesArguments.Usage);
        if (CommandLine.LoadProfile(parsed.ProfilesDirectory, parsed.Profile, error) is not { } profile)
            return 2;
        if (BenchDevices.SerialDevicesOf(profile).Count == 0)
        {
            error.WriteLine($"lakalapos: profile {profile.Name} has no serial devices: nothing to play (try devkit-58mm)");
            return 2;
        }
        var original = Path.Combine(ProfileDirectory.Locate(parsed.ProfilesDirectory), profile.Name + ".json");
        var folder = Path.GetFullPath(parsed.OutDirectory ?? Directory.CreateTempSubdirectory("lakalapos-devices-").FullName);
        BenchDevices devices;
        try
        {
            devices = BenchDevices.Open(profile, output);
        }
        catch (Exception ex) when (ex is IOException or DllNotFoundException or EntryPointNotFoundException)
        {
            error.WriteLine($"lakalapos: cannot make a pty here ({ex.Message}); devices needs Linux");
            return 1;
        }
        using (devices)
        {
            // Signals are taken from before the first line a caller may act on.
            var lines = new BlockingCollection<string>();
            using var signals = new StopSignals(lines.CompleteAdding);
            string copy;
            try
            {
                copy = BenchProfile.Write(original, profile.Name, devices.Substitutes, folder);
            }
            catch (Exception ex) when (ex is HardwareProfileException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                error.WriteLine($"lakalapos: cannot write the profile for the ptys to {folder}: {ex.Message.ReplaceLineEndings(" ")}");
                return 1;
            }
            output.WriteLine($"Devices of profile {profile.Name} on ptys:");
            foreach (var end in devices.Ends)
                output.WriteLine($"  {end.Role}: {end.Pty.SlavePath}");
            output.WriteLine($"Profile written to {copy}. Start the terminal in another shell:");
            output.WriteLine($"  lakalapos run --profiles {folder} --profile {profile.Name}");
            output.WriteLine(BenchInput.Help);
            devices.Start();
            var stop = Serve(new BenchInput(devices), input, output, lines) ?? signals.Reason ?? "end of input";
            output.WriteLine($"devices: stopped ({stop})");
        }
        return 0;
    }

    /// <summary>Applies the lines typed until <c>quit</c> (returns "quit") or until <paramref name="lines"/> is completed (returns null).</summary>
    private static string? Serve(BenchInput bench, TextReader input, TextWriter output, BlockingCollection<string> lines)
    {
        new Thread(() =>
        {
            try
            {
                while (input.ReadLine() is { } line)
                    lines.Add(line);
                lines.CompleteAdding();
            }
            catch (InvalidOperationException)
            {
                // completed by a signal
            }
        }) { IsBackground = true, Name = "devices stdin" }.Start();
        foreach (var line in lines.GetConsumingEnumerable())
        {
            if (line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase))
                return "quit";
            if (bench.Apply(line) is { } message)
                lock (output)
                    output.WriteLine(message);
        }
        return null;
    }
}
