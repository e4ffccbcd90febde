using LakalaPos.Core.Engine;
using LakalaPos.Profiles;
using LakalaPos.Shared;

namespace LakalaPos.Terminal.Recording;

/// <summary>Starting a <c>--record FILE</c> session the same way for <c>run</c> and <c>emulator</c>.</summary>
public static class Recordings
{
    /// <summary>
    /// Why this profile cannot be recorded, or null when it can. A recording writes every key,
    /// PINs and passwords included, so only a test profile (test cards, test passwords) is
    /// recorded; and only devices the program feeds itself (console, browser), whose input the
    /// engine's own thread applies in order.
    /// </summary>
    public static string? Refusal(HardwareProfile profile)
    {
        if (!profile.IsTest)
            return $"--record: profile {profile.Name} is not a test profile; a recording writes every key typed, PINs and passwords included, so only test profiles are recorded";
        var drivers = new[] { profile.Keypad.Driver, profile.CardReader.Driver, profile.Printer.Driver };
        return drivers.All(d => d is DeviceDrivers.Emulator or DeviceDrivers.Headless)
            ? null
            : $"--record: profile {profile.Name} has serial devices; only a session on the emulators (console or browser) is recorded";
    }

    /// <summary>
    /// Opens FILE (replacing it) and listens to the engine's devices; call before the engine powers
    /// on. The replay names the session's profile when its devices are all headless (a replay
    /// drives headless devices), else it runs on the replay's default profile.
    /// </summary>
    public static SessionRecorder Start(string file, TerminalEngine engine, HardwareProfile profile, TextWriter output)
    {
        var path = Path.GetFullPath(file);
        var directory = Path.GetDirectoryName(path);
        if (directory is not null)
            Directory.CreateDirectory(directory);
        var recorder = new SessionRecorder(new StreamWriter(path, append: false), engine.Context, TimeProvider.System, profile.Name, ReplayProfile(profile),
            () => engine.ActivityName is "Boot" or "(off)");
        recorder.Attach(engine.Context.Devices);
        output.WriteLine($"Recording this session as a replay script: {Echo.Cut(path, Echo.MaxPathCharacters)}");
        return recorder;
    }

    private static string? ReplayProfile(HardwareProfile profile) =>
        new[] { profile.Keypad.Driver, profile.Display.Driver, profile.Printer.Driver, profile.CardReader.Driver }
            .All(driver => driver == DeviceDrivers.Headless) ? profile.Name : null;
}
