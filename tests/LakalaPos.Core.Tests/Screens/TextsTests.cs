using System.Text.RegularExpressions;
using FluentAssertions;
using LakalaPos.Core.Screens;
using Xunit;

namespace LakalaPos.Core.Tests.Screens;

public sealed class TextsTests
{
    public static TheoryData<string> Languages() => new(Texts.Tables.Keys);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_phrase_has_a_text_in_every_language(string language)
    {
        var table = Texts.Tables[language];
        var missing = Enum.GetValues<Phrase>().Where(p => !table.TryGetValue(p, out var text) || string.IsNullOrWhiteSpace(text));
        missing.Should().BeEmpty($"every phrase needs a text in '{language}'");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_phrase_takes_the_same_arguments_in_every_language(string language)
    {
        var table = Texts.Tables[language];
        foreach (var phrase in Enum.GetValues<Phrase>())
            Places(table[phrase]).Should().Equal(Places(Texts.Zh(phrase)), $"{phrase} in '{language}' must fill the places the Chinese text fills");
    }

    [Fact]
    public void English_has_no_Chinese_characters_but_the_name_of_Chinese_itself()
    {
        var table = Texts.Tables[Texts.English];
        // A language is offered under its own name, as phones do: "1 中文  2 English" in both.
        table.Where(t => Regex.IsMatch(t.Value, @"\p{IsCJKUnifiedIdeographs}")).Select(t => t.Key)
            .Should().BeEquivalentTo([Phrase.LanguageChoice, Phrase.LanguageZh]);
    }

    [Fact]
    public void The_languages_are_Chinese_and_English() =>
        Texts.Tables.Keys.Should().BeEquivalentTo("zh", "en");

    [Fact]
    public void Texts_are_chosen_by_language_and_filled() =>
        Texts.Of("en", Phrase.WaitSeconds, 58).Should().Be("Please wait 58s");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_fits_a_row_of_the_smallest_display(string language)
    {
        // 32 columns, a Chinese character taking two; a line with values may wrap, a bare text should not.
        var table = Texts.Tables[language];
        table.Where(t => LakalaPos.Core.Text.DisplayWidth.Of(t.Value) > 32).Select(t => $"{t.Key}: {t.Value}").Should().BeEmpty();
    }

    private static List<string> Places(string text) =>
        Regex.Matches(text, @"\{\d+[^}]*\}").Select(m => m.Value).Order().ToList();
}
