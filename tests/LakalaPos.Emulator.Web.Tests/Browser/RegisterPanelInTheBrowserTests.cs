using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>The register panel is a cash register on the terminal's own link: it sends an order, the cashier takes the card on the page, the panel shows the answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterPanelInTheBrowserTests
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 5_000 };

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task An_order_sent_from_the_register_panel_is_charged_on_the_page_and_answered_on_the_panel()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        var address = terminal.Emulator.RegisterAddress!.ToString();
        await Expect(page.RegisterLink).ToContainTextAsync($"register link: {address}", new() { Timeout = 5_000 });
        await Expect(page.RegisterLink).ToContainTextAsync($"lakalapos ecr --connect {address}");
        await page.SignInAsync();

        // the example fills the request: two colas at 3.50, crisps at 6.00
        await page.Page.Locator("button[data-register-example^='sale']").ClickAsync();
        (await page.Page.Locator("#register-command").InputValueAsync()).Should().Be("sale A1001 \"可乐:2:3.50\" \"薯片:1:6.00\"");
        await page.Page.Locator("#register-form button").ClickAsync();

        await Expect(page.RegisterWaiting).ToContainTextAsync("waiting for the cashier…", new() { Timeout = 5_000 });
        await Expect(page.Lcd).ToContainTextAsync("订单 A1001", new() { Timeout = 5_000 });
        await Expect(page.Lcd).ToContainTextAsync("金额 13.00", new() { Timeout = 5_000 });
        await page.CardAsync("swipe", "debit");
        await Expect(page.Lcd).ToContainTextAsync("请输入密码", new() { Timeout = 5_000 });
        await page.TypeAsync("123456");
        await page.PressAsync("ENTER");

        await Expect(page.RegisterField("result")).ToHaveTextAsync("APPROVED", Soon);
        await Expect(page.RegisterField("voucher")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{6}$"), Soon);
        await Expect(page.RegisterField("amount")).ToHaveTextAsync("13.00", Soon);
        await Expect(page.RegisterField("card")).ToHaveTextAsync("622202*********3446", Soon);
        await Expect(page.RegisterWaiting).ToHaveTextAsync("", Soon);
        await page.Page.Locator("section.register").ScreenshotAsync(
            new LocatorScreenshotOptions { Path = Screenshots.PathOf("emulator-register.png"), Animations = ScreenshotAnimations.Disabled });
        (await page.Page.ContentAsync()).Should().NotContain("6222020200112233446", "the panel shows the masked card number only");

        // the second copy, back to idle; the same order again is refused at once
        await page.PressAsync("ENTER");
        await Expect(page.Lcd).ToContainTextAsync("请刷卡/插卡/挥卡", new() { Timeout = 5_000 });
        await page.RegisterAsync("sale A1001 \"可乐:1:3.50\"");
        await Expect(page.RegisterField("result")).ToHaveTextAsync("ERROR", Soon);
        await Expect(page.RegisterField("reason")).ToHaveTextAsync("ORDER_USED", Soon);
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task A_bad_request_is_refused_on_the_panel_saying_what_is_wrong()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;

        await page.RegisterAsync("sale A1 可乐:2");

        await Expect(page.Page.Locator("#register-reply")).ToContainTextAsync("'可乐:2' is not NAME:QTY:PRICE", new() { Timeout = 5_000 });
        await Expect(page.Reply).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("err"), new() { Timeout = 5_000 });
    }
}
