using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>One tab on the emulator's page, used as a person would: clicking keys and the card slot, reading the LCD and the paper.</summary>
internal sealed class EmulatorPage(IPage page)
{
    public IPage Page => page;
    public ILocator Lcd => page.Locator("#lcd");
    public ILocator Paper => page.Locator("#paper");
    public ILocator Log => page.Locator("#log");
    public ILocator Reply => page.Locator("#reply");
    public ILocator HostState => page.Locator("#host-state");
    public ILocator HostReceived => page.Locator("#host-received");
    public ILocator RegisterLink => page.Locator("#register-link");
    public ILocator RegisterWaiting => page.Locator("#register-waiting");

    /// <summary>A field of the register's last answer as the panel shows it (result, voucher, amount, …).</summary>
    public ILocator RegisterField(string name) => page.Locator($"#register-answer tr[data-field=\"{name}\"] td").Last;

    public Task ConnectedAsync() => Expect(page.Locator("#feed")).ToHaveTextAsync("connected");

    public async Task PressAsync(params string[] keys)
    {
        foreach (var key in keys)
            await page.Locator($"[data-key=\"{key}\"]").ClickAsync();
    }

    public Task TypeAsync(string digits) => PressAsync([.. digits.Select(digit => digit.ToString())]);

    /// <summary>Swipes, inserts or taps a test card in the card slot.</summary>
    public Task CardAsync(string action, string card) =>
        page.Locator($"button[data-card=\"{card}\"][data-card-action=\"{action}\"]").ClickAsync();

    /// <summary>Clicks a button of the host panel (online, offline, next approve, next timeout, …).</summary>
    public Task HostAsync(string command) => page.Locator($"[data-host=\"{command}\"]").ClickAsync();

    /// <summary>Types a request in the register panel and sends it.</summary>
    public async Task RegisterAsync(string command)
    {
        await page.Locator("#register-command").FillAsync(command);
        await page.Locator("#register-form button").ClickAsync();
    }

    public Task ShowsAsync(string text) => Expect(Lcd).ToContainTextAsync(text);

    public Task PrintedAsync(string text) => Expect(Paper).ToContainTextAsync(text);

    public async Task SignInAsync()
    {
        await ShowsAsync("请输入操作员号");
        await TypeAsync("01");
        await PressAsync("ENTER");
        await ShowsAsync("请输入密码");
        await TypeAsync("0000");
        await PressAsync("ENTER");
        await ShowsAsync("请刷卡/插卡/挥卡");
    }

    /// <summary>A debit card swiped at idle, the amount in fen, the cardholder's PIN: up to the host's answer.</summary>
    public async Task SwipeSaleAsync(string fen)
    {
        await CardAsync("swipe", "debit");
        await ShowsAsync("请输入金额");
        await TypeAsync(fen);
        await PressAsync("ENTER");
        await ShowsAsync("请输入密码");
        await TypeAsync("123456");
        await ShowsAsync("******");
        await PressAsync("ENTER");
    }

    /// <summary>The whole page as it stands, the paper's feed animation finished.</summary>
    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf(name), Animations = ScreenshotAnimations.Disabled });
}
