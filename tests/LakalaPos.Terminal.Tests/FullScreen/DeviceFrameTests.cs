using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Text;
using LakalaPos.Terminal.FullScreen;
using Xunit;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>The device laid out on the operator's terminal: 80 × 24 is enough, more shows more paper.</summary>
public sealed class DeviceFrameTests
{
    private static readonly FrameModel Model = new()
    {
        ProfileName = "emulator",
        LcdColumns = 32,
        LcdHeight = 8,
        LcdRows = ["消费", "请输入金额", "12.34"],
        Host = "online",
        DataDirectory = "/var/lib/lakalapos",
        PaperColumns = 32,
        Paper = [.. Enumerable.Range(1, 40).Select(i => $"row {i}"), "~~~~"],
        LitKey = Key.Enter,
    };

    [Fact]
    public void At_80_by_24_the_LCD_keypad_receipts_and_status_all_fit()
    {
        var rows = Rows(DeviceFrame.Draw(Model, 80, 24));

        rows.Should().HaveCount(24).And.OnlyContain(row => DisplayWidth.Of(row) == 80);
        rows[2].Should().StartWith(" |消费 ");
        rows[4].Should().StartWith(" |12.34 ");
        rows.Should().Contain(row => row.Contains("[取消 ] [  0  ] [清除 ] [确认 ]"));
        rows[23].Should().Contain("host online | paper in | slot empty | data /var/lib/lakalapos");
    }

    [Fact]
    public void The_receipt_panel_shows_the_latest_paper_and_scrolls_back()
    {
        var latest = Rows(DeviceFrame.Draw(Model, 80, 24));
        latest[20].Should().Contain("~~~~");
        latest[19].Should().Contain("row 40");

        var back = Rows(DeviceFrame.Draw(Model with { PaperScroll = 10 }, 80, 24));
        back[20].Should().Contain("row 31");
        back[21].Should().Contain("10 rows back");
    }

    [Fact]
    public void A_taller_window_shows_more_paper()
    {
        Rows(DeviceFrame.Draw(Model, 80, 24)).Should().NotContain(row => row.Contains("row 7 "));

        var rows = Rows(DeviceFrame.Draw(Model, 100, 40));

        rows.Should().HaveCount(40);
        rows.Should().Contain(row => row.Contains("row 7 "));
        rows[39].Should().Contain("host online");
    }

    [Fact]
    public void Paper_out_and_a_host_offline_are_told()
    {
        var rows = Rows(DeviceFrame.Draw(Model with { HasPaper = false, Host = "offline", HostOffline = true }, 80, 24));

        rows[21].Should().Contain("缺纸 PAPER OUT");
        rows[23].Should().Contain("host offline | paper OUT");
    }

    [Fact]
    public void A_window_too_small_says_what_it_needs()
    {
        var rows = Rows(DeviceFrame.Draw(Model, 60, 20));

        rows[0].Should().Contain("the window is 60 x 20; it needs 61 x 24");
    }

    [Fact]
    public void The_help_overlay_lists_the_keys_over_the_device()
    {
        var rows = Rows(DeviceFrame.Draw(Model with { HelpOpen = true }, 80, 24));

        rows.Should().Contain(row => row.Contains("帮助 HELP"));
        rows.Should().Contain(row => row.Contains("1 debit 2 credit 3 debit2 4 lowbal 5 expired"));
        rows.Should().Contain(row => row.Contains("x none (time-out)"));
        rows.Should().Contain(row => row.Contains(HelpOverlay.Closing));
    }

    private static List<string> Rows(Canvas canvas) => Enumerable.Range(0, canvas.Height).Select(canvas.RowText).ToList();
}
