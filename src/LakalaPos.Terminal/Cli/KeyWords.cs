using LakalaPos.Core.Hardware;

namespace LakalaPos.Terminal.Cli;

/// <summary>Keys as an operator types them on a line: digit runs ("10000") and key names ("ENTER", "MENU"), several to a line.</summary>
public static class KeyWords
{
    /// <summary>A word that is not a key, as it may be shown back: cut short, and never something that looks like a card number (12 or more digits).</summary>
    public static string Shown(string word) => word.Count(char.IsAsciiDigit) >= 12
        ? "(a word not shown: it looks like a card number)"
        : $"'{LakalaPos.Shared.Echo.Cut(word)}'";

    /// <summary>The keys the words name, or false with the first word that is not a key.</summary>
    public static bool TryParse(IEnumerable<string> words, out List<Key> keys, out string? notAKey)
    {
        keys = [];
        notAKey = null;
        foreach (var word in words)
        {
            if (word.All(char.IsAsciiDigit))
                keys.AddRange(word.Select(KeyExtensions.FromDigit));
            else if (KeyExtensions.TryParse(word, out var key))
                keys.Add(key);
            else
            {
                notAKey = word;
                return false;
            }
        }
        return true;
    }
}
