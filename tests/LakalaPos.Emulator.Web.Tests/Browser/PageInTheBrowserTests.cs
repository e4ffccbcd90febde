using FluentAssertions;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>The page itself: one terminal in every tab, the keyboard as a keypad, the LCD's grid, the paper's width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageInTheBrowserTests
{
    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task Two_tabs_show_the_same_terminal_and_either_one_can_type()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var first = terminal.Page;
        var second = await terminal.OpenTabAsync();

        await second.TypeAsync("01");
        await first.ShowsAsync("01");
        await first.PressAsync("ENTER");

        await first.ShowsAsync("请输入密码");
        await second.ShowsAsync("请输入密码");
        (await first.Lcd.TextContentAsync()).Should().Be(await second.Lcd.TextContentAsync());
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task The_keyboard_works_the_keypad()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.ShowsAsync("请输入操作员号");

        await page.Page.Keyboard.TypeAsync("01");
        await page.ShowsAsync("01");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.ShowsAsync("请输入密码");

        // every other key: what the server says it pressed
        (string Keyboard, string Key)[] mapping =
        [
            ("Backspace", "CLEAR"), ("ArrowUp", "UP"), ("ArrowDown", "DOWN"), ("Tab", "MENU"),
            ("F1", "F1"), ("F2", "F2"), ("F3", "F3"), ("F4", "F4"), ("Escape", "CANCEL"),
        ];
        foreach (var (keyboard, key) in mapping)
        {
            await page.Page.Keyboard.PressAsync(keyboard);
            await Expect(page.Reply).ToHaveTextAsync($"{key} pressed");
        }
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task The_lcd_is_the_profiles_grid_where_a_chinese_character_takes_two_columns()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.ShowsAsync("请输入操作员号");

        var grid = await page.Page.EvaluateAsync<double[]>("""
            () => {
              const lcd = document.querySelector('#lcd');
              const wide = lcd.querySelector('.w').getBoundingClientRect().width;
              const probe = document.createElement('span');
              probe.textContent = '0';
              lcd.querySelector('.row').append(probe);
              const narrow = probe.getBoundingClientRect().width;
              probe.remove();
              const style = getComputedStyle(lcd);
              const content = lcd.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return [lcd.querySelectorAll('.row').length, wide / narrow, content / narrow];
            }
            """);

        grid[0].Should().Be(8, "the emulator profile's LCD has 8 rows");
        grid[1].Should().BeApproximately(2, 0.05, "a Chinese character takes two columns");
        grid[2].Should().BeInRange(32, 33, "the LCD is 32 columns wide");
        (await page.Lcd.Locator(".row").Nth(1).TextContentAsync()).Should().Be("请输入操作员号");
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task An_80_mm_profile_gets_48_column_paper()
    {
        await using var terminal = await TerminalInBrowser.StartAsync("--profile", "test-80mm");
        var page = terminal.Page;

        await Expect(page.Page.Locator("#paper-width")).ToHaveTextAsync("80 mm · 48 columns");
    }

    [Fact(Timeout = BrowserCollection.TimeLimitMs)]
    public async Task Paper_taken_out_on_the_printer_panel_stops_the_receipt_until_it_is_back()
    {
        await using var terminal = await TerminalInBrowser.StartAsync();
        var page = terminal.Page;
        await page.SignInAsync();

        await page.Page.Locator("[data-paper='out']").ClickAsync();
        await Expect(page.Page.Locator("#paper-out")).ToBeVisibleAsync();
        await page.SwipeSaleAsync("500");
        await page.ShowsAsync("打印机缺纸");
        await Expect(page.Paper.Locator(".receipt")).ToHaveCountAsync(0);

        await page.Page.Locator("[data-paper='in']").ClickAsync();
        await Expect(page.Page.Locator("#paper-out")).ToBeHiddenAsync();
        await page.PressAsync("ENTER");
        await page.PrintedAsync("商户存根 MERCHANT COPY");
    }
}
