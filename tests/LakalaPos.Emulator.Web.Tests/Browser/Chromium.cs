using Microsoft.Playwright;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright: never a browser Playwright downloads. Each test gets its
/// own browser with a fresh user-data-dir. Without Chromium the test fails and says why and how
/// to install it (.ci/run installs it before the tests).
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    /// <summary>Where Chromium is; LAKALAPOS_CHROMIUM overrides /usr/bin/chromium.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("LAKALAPOS_CHROMIUM") ?? "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly DirectoryInfo _userData;

    private Chromium(IPlaywright playwright, IBrowserContext context, DirectoryInfo userData)
    {
        _playwright = playwright;
        Context = context;
        _userData = userData;
    }

    public IBrowserContext Context { get; }

    public static async Task<Chromium> StartAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}, so the browser tests cannot run: install it with `apt-get install -y chromium` " +
                "(.ci/run does), or point LAKALAPOS_CHROMIUM at a Chromium.");
        var playwright = await Playwright.CreateAsync();
        var userData = Directory.CreateTempSubdirectory("lakalapos-chromium-");
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(userData.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
                Timeout = 30_000,
            });
            context.SetDefaultTimeout(15_000);
            Assertions.SetDefaultExpectTimeout(15_000);
            return new Chromium(playwright, context, userData);
        }
        catch
        {
            playwright.Dispose();
            userData.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>A tab on the emulator's page, once the page has the board.</summary>
    public async Task<EmulatorPage> OpenAsync(Uri url)
    {
        var page = Context.Pages.Count == 1 && Context.Pages[0].Url == "about:blank" ? Context.Pages[0] : await Context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        var emulatorPage = new EmulatorPage(page);
        await emulatorPage.ConnectedAsync();
        return emulatorPage;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            _userData.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing on its way out; the temp folder is the system's to clean.
        }
    }
}
