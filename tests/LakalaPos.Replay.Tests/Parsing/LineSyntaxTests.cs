using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

public class LineSyntaxTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_commands_keep_their_file_line_numbers()
    {
        var script = ScriptParser.Parse("a.replay", "# heading\n\n   \nkey ENTER   # trailing comment\n\t\nremove\n");

        script.Commands.Select(c => c.Line).Should().Equal(4, 6);
        script.Commands[0].Should().BeOfType<KeyCommand>();
        script.Name.Should().Be("a.replay");
    }

    [Fact]
    public void Windows_line_endings_are_accepted()
    {
        var script = ScriptParser.Parse("a.replay", "key ENTER\r\nremove\r\n");

        script.Commands.Should().HaveCount(2);
    }

    [Fact]
    public void A_quoted_argument_holds_spaces_and_a_hash()
    {
        Parse.One<ParamCommand>("param merchantName \"My # Shop  Ltd\"").Value.Should().Be("My # Shop  Ltd");
    }

    [Fact]
    public void Backslash_escapes_a_quote_and_a_backslash_inside_quotes()
    {
        Parse.One<ParamCommand>(@"param merchantName ""say \""hi\"" \\ bye""").Value.Should().Be(@"say ""hi"" \ bye");
    }

    [Fact]
    public void An_empty_quoted_argument_is_an_argument()
    {
        Parse.One<ParamCommand>("param merchantName \"\"").Value.Should().BeEmpty();
    }

    [Fact]
    public void Quotes_join_onto_unquoted_text_like_a_shell()
    {
        var check = Parse.One<ExpectTxnCommand>("expect txn last card=\"622202 3446\"");

        check.Fields.Single().Value.ToString().Should().Be("622202 3446");
    }

    [Fact]
    public void An_unterminated_quote_is_an_error_naming_its_column()
    {
        var error = Parse.Error("key ENTER", "expect screen \"交易成功");

        error.Line.Should().Be(2);
        error.Message.Should().Be("t.replay:2: unterminated quote: the \" at column 15 is never closed");
    }

    [Fact]
    public void An_unknown_escape_is_an_error()
    {
        Parse.Error(@"expect screen ""a\nb""").Problem.Should().Contain(@"unknown escape \n");
    }

    [Fact]
    public void A_backslash_at_the_end_of_a_line_is_an_error()
    {
        Parse.Error(@"type 12\").Problem.Should().Contain("backslash at the end of the line");
    }

    [Fact]
    public void An_unknown_command_is_an_error_with_file_and_line()
    {
        var error = Parse.Error("# first", "swipe debit", "presss ENTER");

        error.Message.Should().Be("t.replay:3: unknown command 'presss'");
        error.ScriptName.Should().Be("t.replay");
    }

    [Fact]
    public void Command_words_are_lower_case()
    {
        Parse.Error("KEY ENTER").Problem.Should().Be("unknown command 'KEY'");
    }

    [Fact]
    public void A_script_without_commands_is_an_error()
    {
        Parse.Error("# only a comment", "").Problem.Should().Be("the script has no commands");
    }

    [Fact]
    public void Profile_before_the_first_action_is_allowed_after_setup_and_checks()
    {
        var script = ScriptParser.Parse("a.replay", ["clock 2026-11-23 09:00:00", "expect screen 请输入操作员号", "profile a920", "key 1"]);

        script.Commands.OfType<ProfileCommand>().Single().Name.Should().Be("a920");
    }

    [Fact]
    public void Profile_after_the_first_action_is_an_error()
    {
        var error = Parse.Error("param voidPinRequired false", "key ENTER", "profile a920");

        error.Line.Should().Be(3);
        error.Problem.Should().Be("profile is only allowed before the first action (line 2 was an action)");
    }

    [Fact]
    public void Profile_given_twice_is_an_error()
    {
        Parse.Error("profile a", "profile b").Problem.Should().Be("profile given twice (first at line 1)");
    }

    [Fact]
    public void An_ecr_request_counts_as_an_action_for_the_profile_rule()
    {
        Parse.Error("ecr void 42", "profile a").Problem.Should().StartWith("profile is only allowed before the first action");
    }

    [Fact]
    public void Variables_are_refused_where_the_format_does_not_allow_them()
    {
        Parse.Error("swipe $card").Problem.Should().Contain("variables ($NAME) are not allowed in 'swipe'");
    }

    [Fact]
    public void An_escaped_dollar_is_allowed_anywhere_as_a_literal()
    {
        Parse.One<ParamCommand>(@"param merchantName \$shop").Value.Should().Be("$shop");
    }
}
