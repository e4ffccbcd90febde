using Xunit;
using static Microsoft.Playwright.Assertions;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>The host panel gives the embedded host simulator its rules, as its operator commands do, and shows what reached the host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostPanelInTheBrowserTests
{
    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task A_host_time_out_set_on_the_panel_ends_the_sale_in_a_reversal()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.SignInAsync();

        await page.HostAsync("next timeout");
        await Expect(page.HostState).ToContainTextAsync("1 rule(s) queued");
        await page.SwipeSaleAsync("10000");
        await page.ShowsAsync("处理中");

        // no answer within the host time-out: "交易超时", and the reversal (0400) reaches the host at once
        await page.ShowsAsync("交易超时");
        await Expect(page.HostReceived).ToContainTextAsync("0400");
        await Expect(page.HostState).ToContainTextAsync("0 rule(s) queued");
        await page.ScreenshotAsync("emulator-timeout.png");
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task An_offline_host_refuses_the_sale_and_the_log_strip_says_so()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.SignInAsync();

        await page.HostAsync("offline");
        await Expect(page.HostState).ToContainTextAsync("OFFLINE");
        await page.SwipeSaleAsync("10000");

        await page.ShowsAsync("网络未连接");
        await Expect(page.Log).ToContainTextAsync("[WRN]");
        await page.HostAsync("online");
        await Expect(page.HostState).ToContainTextAsync("online");
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task A_decline_code_and_the_merchant_balance_are_typed_on_the_panel()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.SignInAsync();

        await page.Page.Locator("form[data-host-form='merchantBalance'] input").FillAsync("50.00");
        await page.Page.Locator("form[data-host-form='merchantBalance'] button").ClickAsync();
        await Expect(page.HostState).ToContainTextAsync("merchant balance 50.00");
        await page.Page.Locator("form[data-host-form='next decline'] input").FillAsync("51");
        await page.Page.Locator("form[data-host-form='next decline'] button").ClickAsync();
        await Expect(page.Page.Locator("#host-reply")).ToContainTextAsync("decline 51");
        await page.SwipeSaleAsync("10000");

        await page.ShowsAsync("51");
    }
}
