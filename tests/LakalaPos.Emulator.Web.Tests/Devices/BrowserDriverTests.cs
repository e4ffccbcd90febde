using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Profiles;
using LakalaPos.Core.Screens;
using LakalaPos.Devices;
using LakalaPos.Devices.Cards;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Devices;
using LakalaPos.Terminal.Composition;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Devices;

/// <summary>What the browser drivers do beyond the contract: what they put on the board for the page.</summary>
public sealed class BrowserDriverTests
{
    private readonly EmulatorBoard _board = new("emulator");

    [Fact]
    public void The_lcd_sends_its_size_and_its_rows_with_wide_characters_marked()
    {
        var display = new BrowserDisplay(_board, 32, 8);

        display.Show(Screen.Of("金额", "100.00"));

        var screen = _board.Snapshot().Screen;
        screen.Columns.Should().Be(32);
        screen.Height.Should().Be(8);
        screen.Rows.Should().BeEquivalentTo(new[] { new[] { new TextRun("金额", true) }, new[] { new TextRun("100.00", false) } });
    }

    [Fact]
    public void Paper_taken_out_shows_on_the_board()
    {
        var printer = new BrowserReceiptPrinter(_board, 32);

        printer.SetPaper(false);

        _board.Snapshot().Paper.HasPaper.Should().BeFalse();
    }

    [Fact]
    public void The_slot_shows_an_inserted_test_card_by_name_until_it_is_removed()
    {
        var reader = new BrowserCardReader(_board);

        reader.Present("debit", EntryMode.Insert);
        _board.Snapshot().Slot.Should().Match<CardSlotState>(slot => slot.Inserted == "debit" && slot.Last == "debit inserted");

        reader.Remove().Should().BeTrue();
        _board.Snapshot().Slot.Should().Match<CardSlotState>(slot => slot.Inserted == null && slot.Last == "debit removed");
    }

    [Fact]
    public void A_swiped_card_is_reported_and_does_not_stay_in_the_slot()
    {
        var reader = new BrowserCardReader(_board);
        var seen = new List<CardData>();
        reader.CardPresented += (_, card) => seen.Add(card);

        reader.Present("credit", EntryMode.Swipe);

        seen.Should().ContainSingle().Which.EntryMode.Should().Be(EntryMode.Swipe);
        _board.Snapshot().Slot.Should().Match<CardSlotState>(slot => slot.Inserted == null && slot.Last == "credit swiped");
        reader.Remove().Should().BeFalse();
    }

    [Fact]
    public void A_card_given_by_its_data_shows_only_its_masked_number()
    {
        var reader = new BrowserCardReader(_board);

        reader.Present(new CardData("6222020200112233446", "2912", EntryMode.Insert));

        _board.Snapshot().Slot.Inserted.Should().Be("622202*********3446");
    }

    [Fact]
    public void A_card_read_in_a_way_it_cannot_be_is_refused_and_nothing_is_reported()
    {
        var reader = new BrowserCardReader(_board);
        var seen = 0;
        reader.CardPresented += (_, _) => seen++;

        var act = () => reader.Present("expired", EntryMode.Tap);

        act.Should().Throw<CardReadException>().WithMessage("*cannot be tapped*");
        seen.Should().Be(0);
    }

    [Theory]
    [InlineData("emulator", 32)]
    [InlineData("test", 32)]
    [InlineData("test-80mm", 48)]
    public void Every_profile_without_hardware_drivers_gets_the_browser_drivers(string name, int paperColumns)
    {
        var profile = HardwareProfileLoader.LoadByName(ProfileDirectory.Locate(), name);

        var devices = DeviceDriverRegistry.WithHeadless().AddBrowserEmulator(_board).Create(profile);

        devices.Keypad.Should().BeOfType<BrowserKeypad>();
        devices.Display.Should().BeOfType<BrowserDisplay>().Which.Height.Should().Be(8);
        devices.Printer.Should().BeOfType<BrowserReceiptPrinter>().Which.Columns.Should().Be(paperColumns);
        devices.CardReader.Should().BeOfType<BrowserCardReader>();
    }
}
