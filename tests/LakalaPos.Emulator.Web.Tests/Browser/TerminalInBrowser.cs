namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>What one browser test works with: the emulator started in this process, a Chromium of its own, and a tab on the page.</summary>
internal sealed class TerminalInBrowser : IAsyncDisposable
{
    private TerminalInBrowser(TestEmulator emulator, Chromium chromium, EmulatorPage page)
    {
        Emulator = emulator;
        Chromium = chromium;
        Page = page;
    }

    public TestEmulator Emulator { get; }

    public Chromium Chromium { get; }

    /// <summary>The first tab, connected to the emulator.</summary>
    public EmulatorPage Page { get; }

    /// <param name="options">Options of `lakalapos emulator` besides port, data and profiles (e.g. --profile test-80mm).</param>
    public static async Task<TerminalInBrowser> StartAsync(params string[] options)
    {
        var emulator = await TestEmulator.StartAsync(options);
        try
        {
            var chromium = await Chromium.StartAsync();
            try
            {
                return new TerminalInBrowser(emulator, chromium, await chromium.OpenAsync(emulator.Url));
            }
            catch
            {
                await chromium.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another tab on the same terminal.</summary>
    public Task<EmulatorPage> OpenTabAsync() => Chromium.OpenAsync(Emulator.Url);

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
