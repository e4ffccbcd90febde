using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>A cashier works the terminal in the browser only: the keypad, the card slot and the paper.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TransactionsInTheBrowserTests
{
    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task A_cashier_signs_in_by_clicking_the_keypad()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;

        await page.ShowsAsync("请输入操作员号");
        await page.TypeAsync("01");
        await page.ShowsAsync("01");
        await page.PressAsync("ENTER");
        await page.ShowsAsync("请输入密码");
        await page.TypeAsync("0000");
        await page.ShowsAsync("****");
        await Expect(page.Lcd).Not.ToContainTextAsync("0000");
        await page.PressAsync("ENTER");

        await page.ShowsAsync("请刷卡/插卡/挥卡");
        await page.ShowsAsync("操作员 01");
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task A_swiped_sale_prints_both_copies_on_the_paper()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.SignInAsync();

        await page.SwipeSaleAsync("10000");

        await page.ShowsAsync("交易成功");
        await page.ShowsAsync("按确认打印第二联");
        await page.PrintedAsync("商户存根 MERCHANT COPY");
        await page.PrintedAsync("622202*********3446 S");
        await page.PrintedAsync("RMB 100.00");
        await page.ScreenshotAsync("emulator-sale.png");
        (await page.Page.ContentAsync()).Should().NotContain("6222020200112233446", "the page shows card numbers masked only")
            .And.NotContain("=2912", "no track data reaches the page");
        await page.PressAsync("ENTER");
        await page.PrintedAsync("持卡人存根 CARDHOLDER COPY");
        await page.ShowsAsync("请刷卡/插卡/挥卡");
        await Expect(page.Paper.Locator(".receipt")).ToHaveCountAsync(2);
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task A_sale_is_voided_from_the_menu_with_the_supervisor_password()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.SignInAsync();
        await page.SwipeSaleAsync("10000");
        await page.ShowsAsync("交易成功");
        await page.PressAsync("ENTER");
        await page.ShowsAsync("请刷卡/插卡/挥卡");

        await page.PressAsync("MENU", "2");
        await page.ShowsAsync("请输入主管密码");
        await page.TypeAsync("123456");
        await page.PressAsync("ENTER");
        await page.ShowsAsync("请输入原凭证号");
        // sign-in took trace 000001, so the sale is voucher 000002
        await page.TypeAsync("2");
        await page.PressAsync("ENTER");
        await page.ShowsAsync("确认撤销?");
        await page.ShowsAsync("100.00");
        await page.PressAsync("ENTER");
        await page.ShowsAsync("请选择撤销原因");
        await page.PressAsync("1");
        await page.ShowsAsync("请刷卡/插卡/挥卡");
        await page.CardAsync("swipe", "debit");

        await page.ShowsAsync("交易成功");
        await page.PrintedAsync("消费撤销 VOID");
        await page.PrintedAsync("RMB -100.00");
        await page.PrintedAsync("原凭证号:000002");
        // the whole receipt, not the paper's window onto it
        await page.Paper.EvaluateAsync("paper => paper.style.height = 'auto'");
        await page.Paper.Locator(".receipt").Last.ScreenshotAsync(
            new LocatorScreenshotOptions { Path = Screenshots.PathOf("emulator-receipt.png"), Animations = ScreenshotAnimations.Disabled });
    }
}
