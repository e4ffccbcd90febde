using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Headless;
using LakalaPos.Terminal.Cli;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>The lines a person types to `run`, as the card reader hears them: cards in and out, and a swipe that cannot be read.</summary>
public sealed class OperatorInputTests
{
    private readonly HeadlessCardReader _reader = new();
    private readonly List<string> _heard = [];
    private readonly OperatorInput _input;

    public OperatorInputTests()
    {
        _reader.CardPresented += (_, card) => _heard.Add($"presented {card.EntryMode}");
        _reader.CardRemoved += (_, _) => _heard.Add("removed");
        _reader.ReadFailed += (_, reason) => _heard.Add($"read failed: {reason}");
        _input = new OperatorInput(new HeadlessKeypad(), _reader, printer: null);
    }

    [Fact]
    public void An_inserted_card_stays_until_remove()
    {
        _input.Apply("insert debit").Should().BeNull();
        _reader.Inserted.Should().NotBeNull();

        _input.Apply("remove").Should().BeNull();

        _reader.Inserted.Should().BeNull();
        _heard.Should().Equal($"presented {EntryMode.Insert}", "removed");
    }

    [Fact]
    public void A_bad_swipe_is_a_failed_read_with_no_card_data()
    {
        _input.Apply("bad-swipe").Should().BeNull();

        _heard.Should().Equal($"read failed: {OperatorInput.BadSwipe}");
    }

    [Fact]
    public void A_bad_swipe_names_no_card()
    {
        _input.Apply("bad-swipe debit").Should().StartWith("not understood: 'bad-swipe'");

        _heard.Should().BeEmpty();
    }
}
