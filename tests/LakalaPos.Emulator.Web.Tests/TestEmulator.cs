using FluentAssertions;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Emulator;

namespace LakalaPos.Emulator.Web.Tests;

/// <summary>
/// A browser emulator started in this process, as `lakalapos emulator --port 0` starts it: a free
/// port on 127.0.0.1, its own data folder, the shipped profiles with a host time-out of
/// <see cref="HostTimeoutSeconds"/> s (so a test of a host that does not answer waits that long, not a minute).
/// </summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    public const int HostTimeoutSeconds = 5;

    private readonly BrowserEmulator _emulator;
    private readonly DirectoryInfo _folder;

    private TestEmulator(BrowserEmulator emulator, DirectoryInfo folder)
    {
        _emulator = emulator;
        _folder = folder;
        Http = new HttpClient { BaseAddress = emulator.Url, Timeout = TimeSpan.FromSeconds(15) };
    }

    public Uri Url => _emulator.Url;

    public EmulatorBoard Board => _emulator.Board;

    public HttpClient Http { get; }

    /// <summary>Where the emulator listens for a register (a free port of 127.0.0.1 unless --ecr says otherwise).</summary>
    public System.Net.IPEndPoint? RegisterAddress => _emulator.RegisterAddress;

    public string DataDirectory => _emulator.DataDirectory;

    public static async Task<TestEmulator> StartAsync(params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("lakalapos-emulator-");
        var profiles = CopyProfiles(folder.FullName);
        string[] args = ["--port", "0", "--data", Path.Combine(folder.FullName, "data"), "--profiles", profiles, .. options];
        EmulatorArguments.TryParse(args, out var parsed, out var problem).Should().BeTrue(problem);
        try
        {
            return new TestEmulator(await BrowserEmulator.StartAsync(parsed), folder);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>The rows the LCD shows now, as every page gets them.</summary>
    public IReadOnlyList<string> Screen => [.. Board.Snapshot().Screen.Rows.Select(TextRuns.Text)];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _emulator.DisposeAsync();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the system's temp cleaning.
        }
    }

    private static string CopyProfiles(string folder)
    {
        var profiles = Directory.CreateDirectory(Path.Combine(folder, "profiles")).FullName;
        foreach (var file in Directory.GetFiles(ProfileDirectory.Locate(), "*.json"))
        {
            var text = File.ReadAllText(file).Replace("\"hostTimeoutSeconds\": 60", $"\"hostTimeoutSeconds\": {HostTimeoutSeconds}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(profiles, Path.GetFileName(file)), text);
        }
        File.ReadAllText(Path.Combine(profiles, "emulator.json")).Should().Contain($"\"hostTimeoutSeconds\": {HostTimeoutSeconds}");
        return profiles;
    }
}
