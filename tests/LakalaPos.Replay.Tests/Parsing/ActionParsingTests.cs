using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Tests.Parsing;

public class ActionParsingTests
{
    [Fact]
    public void Key_takes_every_key_name_of_the_format_in_order()
    {
        Parse.One<KeyCommand>("key 0 9 ENTER CANCEL CLEAR UP DOWN MENU F1 F2 F3 F4").Keys.Should().Equal(
            Key.D0, Key.D9, Key.Enter, Key.Cancel, Key.Clear, Key.Up, Key.Down, Key.Menu, Key.F1, Key.F2, Key.F3, Key.F4);
    }

    [Fact]
    public void A_bad_key_is_an_error_listing_the_keys()
    {
        Parse.Error("key ENTER OK").Problem.Should().Be(
            "key has no key 'OK' (keys: 0-9, ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4) (usage: key K...)");
    }

    [Fact]
    public void Several_digits_as_one_key_suggest_type()
    {
        Parse.Error("key 12").Problem.Should().Contain("one digit per key, or use 'type 12'");
    }

    [Fact]
    public void Key_without_keys_is_an_error()
    {
        Parse.Error("key").Problem.Should().StartWith("key takes at least 1 argument");
    }

    [Fact]
    public void Type_takes_digits()
    {
        Parse.One<TypeCommand>("type 000123").Digits.LiteralText.Should().Be("000123");
    }

    [Fact]
    public void Type_of_a_non_digit_is_an_error()
    {
        Parse.Error("type 12a").Problem.Should().StartWith("type needs digits only, got '12a'");
    }

    [Fact]
    public void Type_may_be_a_variable_checked_when_it_runs()
    {
        Parse.One<TypeCommand>("type $rrn").Digits.HasVariables.Should().BeTrue();
    }

    [Fact]
    public void Login_takes_an_operator_and_a_password()
    {
        var login = Parse.One<LoginCommand>("login 01 0000");

        login.Operator.Should().Be("01");
        login.Pin.Should().Be("0000");
    }

    [Fact]
    public void A_bad_login_password_is_refused_without_echoing_it()
    {
        var error = Parse.Error("login 01 12x4");

        error.Problem.Should().StartWith("login needs a password in digits");
        error.Message.Should().NotContain("12x4");
    }

    [Theory]
    [InlineData("swipe debit", CardAction.Swipe)]
    [InlineData("insert credit", CardAction.Insert)]
    [InlineData("tap debit2", CardAction.Tap)]
    public void Cards_are_presented_by_name_and_action(string line, CardAction action)
    {
        var card = Parse.One<CardCommand>(line);

        card.Action.Should().Be(action);
        card.CardName.Should().Be(line.Split(' ')[1]);
    }

    [Fact]
    public void Swipe_without_a_card_is_an_error()
    {
        Parse.Error("swipe").Problem.Should().Be("swipe takes 1 argument, got 0 (usage: swipe CARD)");
    }

    [Fact]
    public void Remove_and_power_cycle_take_no_arguments()
    {
        Parse.One<RemoveCardCommand>("remove").Keyword.Should().Be("remove");
        Parse.One<PowerCycleCommand>("power-cycle").Keyword.Should().Be("power-cycle");
        Parse.Error("remove debit").Problem.Should().Be("remove takes no arguments (usage: remove)");
    }

    [Fact]
    public void A_bad_swipe_names_no_card_since_none_was_read()
    {
        Parse.One<BadSwipeCommand>("bad-swipe").Keyword.Should().Be("bad-swipe");
        Parse.Error("bad-swipe debit").Problem.Should().Be("bad-swipe takes no arguments (usage: bad-swipe)");
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("2d", 172_800_000)]
    [InlineData("0s", 0)]
    public void Wait_takes_durations_in_every_unit(string text, long milliseconds)
    {
        Parse.One<WaitCommand>("wait " + text).Duration.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("5x")]
    [InlineData("1.5s")]
    [InlineData("-1s")]
    [InlineData("s")]
    [InlineData("5 m")]
    [InlineData("999999999d")]
    public void A_bad_duration_is_an_error(string text)
    {
        Parse.Error("wait " + text).Problem.Should().Match("wait *");
    }

    [Fact]
    public void A_bad_duration_error_shows_the_units()
    {
        Parse.Error("wait 5x").Problem.Should().StartWith("wait has a bad duration '5x' (a whole number with ms, s, m, h or d");
    }

    [Fact]
    public void Paper_goes_out_and_in()
    {
        Parse.One<PaperCommand>("paper out").Present.Should().BeFalse();
        Parse.One<PaperCommand>("paper in").Present.Should().BeTrue();
        Parse.Error("paper jam").Problem.Should().StartWith("paper has no setting 'jam'");
    }
}
