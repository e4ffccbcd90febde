using System.Globalization;

namespace LakalaPos.Core.Screens;

/// <summary>
/// The screen texts in every language the terminal speaks (parameter <c>language</c>): one table
/// per language, keyed by <see cref="Phrase"/>. A text with "{0}" takes arguments. Receipts are not
/// here: they keep their bilingual labels whatever the language.
/// </summary>
public static partial class Texts
{
    public const string Chinese = "zh";
    public const string English = "en";

    /// <summary>The languages, each with its table.</summary>
    // Built on first use: the tables are fields of other parts of this class, whose order of initialisation is not defined.
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<Phrase, string>> Tables =>
        field ??= new Dictionary<string, IReadOnlyDictionary<Phrase, string>> { [Chinese] = ZhTable, [English] = EnTable };

    /// <summary>The phrase in <paramref name="language"/>; an unknown language speaks Chinese.</summary>
    public static string Of(string language, Phrase phrase) =>
        (Tables.TryGetValue(language, out var table) ? table : ZhTable).TryGetValue(phrase, out var text) ? text : ZhTable[phrase];

    /// <summary>The phrase in <paramref name="language"/>, with its "{0}" places filled.</summary>
    public static string Of(string language, Phrase phrase, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Of(language, phrase), args);

    /// <summary>The Chinese text: what the contract and the replay scripts name.</summary>
    public static string Zh(Phrase phrase) => Of(Chinese, phrase);
}
