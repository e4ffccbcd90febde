using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Host;

/// <summary>The texts shown for host response codes (spec section 9), as phrases in the screen's language.</summary>
public static class ResponseCodes
{
    private static readonly IReadOnlyDictionary<string, Phrase> Phrases = new Dictionary<string, Phrase>
    {
        ["00"] = Phrase.Rc00,
        ["05"] = Phrase.Rc05,
        ["12"] = Phrase.Rc12,
        ["13"] = Phrase.Rc13,
        ["14"] = Phrase.Rc14,
        ["22"] = Phrase.Rc22,
        ["25"] = Phrase.Rc25,
        ["51"] = Phrase.Rc51,
        ["54"] = Phrase.Rc54,
        ["55"] = Phrase.Rc55,
        ["64"] = Phrase.Rc64,
        ["75"] = Phrase.Rc75,
        ["94"] = Phrase.Rc94,
        ["96"] = Phrase.Rc96,
        ["A0"] = Phrase.RcA0,
    };

    /// <summary>The phrase for a code; unknown codes say "交易失败" (<see cref="Phrase.Declined"/>; the code itself is shown beside it).</summary>
    public static Phrase PhraseOf(string code) => Phrases.TryGetValue(code, out var p) ? p : Phrase.Declined;

    /// <summary>The text for a code in <paramref name="language"/> (parameter <c>language</c>).</summary>
    public static string TextOf(string code, string language) => Texts.Of(language, PhraseOf(code));
}
