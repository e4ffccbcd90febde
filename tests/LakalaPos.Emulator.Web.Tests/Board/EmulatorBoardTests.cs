using System.Text.Json;
using FluentAssertions;
using LakalaPos.Emulator.Web.Board;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Board;

/// <summary>Every page connected to the emulator is fed the same board: the whole of it first, then each change in order.</summary>
public sealed class EmulatorBoardTests
{
    [Fact]
    public void A_page_gets_the_whole_board_first_then_each_change_in_order()
    {
        var board = new EmulatorBoard("emulator");
        board.ShowScreen(32, 8, ["请输入操作员号"]);
        using var page = board.Subscribe();

        board.ShowScreen(32, 8, ["请输入密码"]);
        board.SetPaper(false);

        var events = Drain(page);
        events.Select(e => e.Name).Should().Equal("state", "screen", "paper");
        events[0].Data.Should().Contain("请输入操作员号");
        events[1].Data.Should().Contain("请输入密码");
        events[2].Data.Should().Contain("\"hasPaper\":false");
    }

    [Fact]
    public void Two_pages_get_the_same_changes()
    {
        var board = new EmulatorBoard("emulator");
        using var first = board.Subscribe();
        using var second = board.Subscribe();

        board.SetSlot("debit", "debit inserted");
        board.AddLog("12:00:00 [WRN] Host offline");

        // (the whole board each got first differs only by the moment it was taken: the clock)
        Drain(first).Skip(1).Should().Equal(Drain(second).Skip(1)).And.HaveCount(2);
    }

    [Fact]
    public void A_page_that_falls_too_far_behind_is_ended_and_the_others_go_on()
    {
        var board = new EmulatorBoard("emulator");
        using var slow = board.Subscribe();
        using var reading = board.Subscribe();

        for (var i = 0; i < BoardSubscription.Capacity + 1; i++)
        {
            board.AddLog($"line {i}");
            Drain(reading);
        }
        board.AddLog("after");

        slow.Events.Completion.IsCompleted.Should().BeFalse("what was queued can still be read");
        Drain(slow).Should().HaveCount(BoardSubscription.Capacity);
        slow.Events.Completion.IsCompleted.Should().BeTrue("the page connects again and gets the whole board");
        Drain(reading).Should().ContainSingle().Which.Data.Should().Contain("after");
    }

    [Fact]
    public void Stopping_ends_every_page_feed()
    {
        var board = new EmulatorBoard("emulator");
        using var page = board.Subscribe();

        board.EndFeeds();
        Drain(page);

        page.Events.Completion.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public void Only_the_latest_receipts_and_log_lines_are_kept()
    {
        var board = new EmulatorBoard("emulator");
        board.FitPrinter(32);

        for (var i = 1; i <= EmulatorBoard.ReceiptsKept + 3; i++)
            board.Print([$"receipt {i}"]);
        for (var i = 1; i <= EmulatorBoard.LogLinesKept + 3; i++)
            board.AddLog($"line {i}");

        var snapshot = board.Snapshot();
        snapshot.Paper.Receipts.Should().HaveCount(EmulatorBoard.ReceiptsKept);
        snapshot.Paper.Receipts[0].Number.Should().Be(4);
        snapshot.Log.Should().HaveCount(EmulatorBoard.LogLinesKept).And.StartWith("line 4");
    }

    [Theory]
    [InlineData(32, "58mm")]
    [InlineData(48, "80mm")]
    public void The_paper_is_as_wide_as_the_printer(int columns, string width)
    {
        var board = new EmulatorBoard("emulator");

        board.FitPrinter(columns);

        board.Snapshot().Paper.Should().Match<PaperState>(paper => paper.Columns == columns && paper.Width == width);
    }

    [Fact]
    public void The_board_is_sent_as_camel_case_json_with_chinese_as_it_is()
    {
        var board = new EmulatorBoard("emulator");
        board.ShowScreen(32, 8, ["金额 RMB"]);

        var json = JsonSerializer.Serialize(board.Snapshot(), EmulatorJson.Web.EmulatorSnapshot);

        json.Should().Contain("\"screen\":{\"columns\":32,\"height\":8,\"rows\":[[{\"text\":\"金额\",\"wide\":true},{\"text\":\" RMB\",\"wide\":false}]]}");
        json.Should().Contain("\"maskedPan\":\"622202*********3446\"");
    }

    [Fact]
    public void The_register_panel_is_sent_whole_and_then_as_it_changes()
    {
        var board = new EmulatorBoard("emulator");
        using var page = board.Subscribe();

        board.SetRegister(new RegisterState(true, "register link: 127.0.0.1:9100", "lakalapos ecr --connect 127.0.0.1:9100 sale …", null, "P1: sale A1 \"可乐:2:3.50\"",
            [new RegisterField("result", "APPROVED"), new RegisterField("amount", "7.00"), new RegisterField("card", "622202******3446")], "answer to P1: APPROVED"));

        var events = Drain(page);
        events.Select(e => e.Name).Should().Equal("state", "register");
        events[0].Data.Should().Contain("\"register\":{\"available\":false,\"link\":\"no register link\"");
        events[1].Data.Should().Contain("\"answer\":[{\"name\":\"result\",\"value\":\"APPROVED\"},{\"name\":\"amount\",\"value\":\"7.00\"}")
            .And.Contain("\"lastRequest\":\"P1: sale A1 \\\"可乐:2:3.50\\\"\"");
        board.Snapshot().Register.Answer.Should().HaveCount(3);
    }

    [Fact]
    public void The_page_clock_is_the_terminals_in_its_time_zone()
    {
        var board = new EmulatorBoard("emulator", Core.Engine.TerminalOptions.ChinaStandardTime);

        var clock = board.Snapshot().Clock;

        clock.UtcOffsetMinutes.Should().Be(8 * 60);
        DateTimeOffset.FromUnixTimeMilliseconds(clock.EpochMs).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(10));
    }

    private static List<ServerEvent> Drain(BoardSubscription subscription)
    {
        var events = new List<ServerEvent>();
        while (subscription.Events.TryRead(out var change))
            events.Add(change);
        return events;
    }
}
