using FluentAssertions;
using Xunit;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>
/// `lakalapos run` on a terminal (a pseudo-terminal the test made, 80 × 24): the device drawn in
/// place, keys acting at once, and the terminal left as it was on the way out.
/// </summary>
public sealed class FullScreenConsoleTests : IDisposable
{
    private const string AlternateScreen = "\e[?1049h";
    private const string LeaveAlternateScreen = "\e[?1049l";
    private const string ShowCursor = "\e[?25h";
    private const string Enter = "\r";
    private const string Esc = "\e";

    private readonly string _data = Directory.CreateTempSubdirectory("lakalapos-fullscreen-").FullName;

    [Fact]
    public void A_sale_and_its_void_are_made_at_the_keyboard_and_their_receipts_come_out_in_the_receipt_panel()
    {
        using var pos = FullScreenProcess.Start(_data);
        SignIn(pos);

        pos.Press("s");
        pos.WaitForScreen("swipe which card? 1 debit 2 credit");
        pos.Press("1");
        pos.WaitForScreen("请输入金额");
        pos.Press("1", "0", "0", "0");
        pos.WaitForScreen("10.00");
        pos.Press(Enter);
        pos.WaitForScreen("请输入密码");
        pos.Press("1", "2", "3", "4", "5", "6");
        pos.WaitForScreen("******");
        pos.Press(Enter);
        pos.WaitForScreen("按确认打印第二联");
        pos.Shows("RMB 10.00").Should().BeTrue("the merchant copy is on the receipt panel");
        pos.Shows("凭证号 VOUCHER NO         000002").Should().BeTrue();
        pos.Press(Enter);
        pos.WaitForScreen("请刷卡/插卡/挥卡");

        pos.Press("\t", "2");
        pos.WaitForScreen("请输入主管密码");
        pos.Press("1", "2", "3", "4", "5", "6", Enter);
        pos.WaitForScreen("请输入原凭证号");
        pos.Press("2", Enter);
        pos.WaitForScreen("确认撤销?");
        pos.Shows("622202*********3446").Should().BeTrue("the original sale is shown, its card masked");
        pos.Press(Enter);
        pos.WaitForScreen("请选择撤销原因");
        pos.Press("1");
        pos.WaitForScreen("请刷卡/插卡/挥卡");
        pos.Press("s", "1");
        pos.WaitForScreen("按确认打印第二联");
        pos.Shows("RMB -10.00").Should().BeTrue("the void's merchant copy is on the receipt panel");
        pos.Press(Enter);
        pos.WaitUntil(() => pos.Shows("请刷卡/插卡/挥卡") && pos.Shows("RMB -10.00"), "idle after the void's second copy");

        pos.Press("q");
        pos.WaitForExit().Should().Be(0);
        pos.Output.Should().NotContain("6222020200112233446");
    }

    [Fact]
    public void The_device_fits_80_by_24_with_the_LCD_the_keypad_the_receipt_panel_and_the_status_line()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        var screen = pos.Screen();
        screen.Should().HaveCount(24);
        screen.Should().OnlyContain(row => Columns(row) <= 80);
        screen[1].Should().Contain("LCD").And.Contain("打印纸 RECEIPTS");
        screen.Should().Contain(row => row.Contains("[取消 ] [  0  ] [清除 ] [确认 ]"));
        screen[23].Should().Contain("host online").And.Contain("paper in").And.Contain("slot empty").And.Contain(_data);
    }

    [Fact]
    public void Keys_act_at_once_Backspace_is_清除_and_a_lone_Esc_is_取消()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Press("0", "1");
        pos.WaitUntil(() => pos.Screen()[4].StartsWith(" |01 ", StringComparison.Ordinal), "the operator number typed, without Enter");
        pos.Press("");
        pos.WaitUntil(() => pos.Screen()[4].StartsWith(" |0 ", StringComparison.Ordinal), "the last digit taken back");
        pos.Press(Esc);
        pos.WaitUntil(() => pos.Screen()[4].StartsWith(" |  ", StringComparison.Ordinal), "the prompt cleared");
        pos.Screen()[22].Should().Contain("key 取消");
    }

    [Fact]
    public void The_card_slot_the_paper_and_the_host_keys_act_at_once_and_show_on_the_status_line()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Press("i", "1");
        pos.WaitForScreen("| slot debit |");
        pos.Press("r");
        pos.WaitForScreen("| slot empty |");
        pos.Press("p");
        pos.WaitForScreen("paper OUT");
        pos.Shows("缺纸 PAPER OUT").Should().BeTrue();
        pos.Press("p");
        pos.WaitForScreen("paper in");
        pos.Press("x");
        pos.WaitForScreen("host online, 1 rule queued");
        pos.Shows("host: ok: next message gets 'timeout'").Should().BeTrue();
        pos.Press("o");
        pos.WaitForScreen("host offline");
        pos.Press("o");
        pos.WaitForScreen("host online");
    }

    [Fact]
    public void The_help_overlay_opens_with_a_question_mark_and_any_key_closes_it_without_pressing_it()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Press("?");
        pos.WaitForScreen("帮助 HELP");
        pos.Shows("any key closes this help").Should().BeTrue();
        pos.Press("5");
        pos.WaitUntil(() => !pos.Shows("帮助 HELP"), "the help to close");
        pos.Shows("请输入操作员号").Should().BeTrue();
        pos.Screen().Should().NotContain(row => row.Contains("|5 ", StringComparison.Ordinal), "the key that closed the help did nothing else");
    }

    [Fact]
    public void Quitting_with_q_leaves_the_alternate_screen_and_shows_the_cursor_again()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Press("q");

        pos.WaitForExit().Should().Be(0);
        AssertTerminalRestored(pos.Output);
    }

    [Fact]
    public void Ctrl_C_quits_cleanly_too()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Press("\u0003");

        pos.WaitForExit().Should().Be(0);
        AssertTerminalRestored(pos.Output);
    }

    [Fact]
    public void A_SIGTERM_restores_the_terminal_before_the_program_ends()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Terminate();

        pos.WaitForExit();
        AssertTerminalRestored(pos.Output);
    }

    [Fact]
    public void A_resized_window_is_drawn_again_at_its_new_size()
    {
        using var pos = FullScreenProcess.Start(_data);
        pos.WaitForScreen("请输入操作员号");

        pos.Resize(100, 30);

        pos.WaitUntil(() => pos.Screen().Count == 30, "a frame of 30 rows");
        pos.Screen()[29].Should().Contain("host online");
        pos.Screen()[0].TrimEnd().Should().EndWith("q quit");
        Columns(pos.Screen()[0]).Should().Be(100, "the title bar spans the new width");
        pos.Shows("请输入操作员号").Should().BeTrue();
    }

    [Fact]
    public void With_line_the_line_protocol_is_kept_on_a_terminal()
    {
        using var pos = FullScreenProcess.Start(_data, "--line");
        pos.WaitUntil(() => pos.Output.Contains("请输入操作员号", StringComparison.Ordinal), "the sign-in prompt");

        pos.Output.Should().NotContain(AlternateScreen).And.Contain("+--------------------------------+");
        pos.Type("quit\n");
        pos.WaitForExit().Should().Be(0);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static void SignIn(FullScreenProcess pos)
    {
        pos.WaitForScreen("请输入操作员号");
        pos.Press("0", "1", Enter);
        pos.WaitForScreen("请输入密码");
        pos.Press("0", "0", "0", "0", Enter);
        pos.WaitForScreen("签到成功");
    }

    /// <summary>After the last frame: the cursor shown and the alternate screen left, nothing drawn after that.</summary>
    private static void AssertTerminalRestored(string output)
    {
        output.Should().Contain(AlternateScreen);
        var left = output.LastIndexOf(LeaveAlternateScreen, StringComparison.Ordinal);
        left.Should().BeGreaterThan(output.LastIndexOf(AlternateScreen, StringComparison.Ordinal), "the alternate screen is left after it was entered");
        output.LastIndexOf(ShowCursor, StringComparison.Ordinal).Should().BeGreaterThan(output.LastIndexOf("\e[?25l", StringComparison.Ordinal), "the cursor is shown again");
        var after = System.Text.RegularExpressions.Regex.Replace(output[(left + LeaveAlternateScreen.Length)..], @"\e(\[[0-9;?]*[@-~]|.)", "");
        after.Trim().Should().BeEmpty("nothing is drawn after leaving the alternate screen");
    }

    private static int Columns(string row) => LakalaPos.Core.Text.DisplayWidth.Of(row);
}
