using LakalaPos.Shared;

namespace LakalaPos.HostSimulator.Rules;

/// <summary>
/// Reads a rule as replay scripts write it: <c>approve</c>, <c>decline 51</c>, <c>timeout</c>,
/// <c>drop</c>, <c>bad-mac</c>, <c>garbage</c>; approve, decline CODE and bad-mac may end with
/// <c>text TEXT</c>, the text the answer carries in field 63.
/// </summary>
public static class HostRuleParser
{
    public static IReadOnlyList<string> RuleNames { get; } = ["approve", "decline", "timeout", "drop", "bad-mac", "garbage"];

    /// <summary>The word that starts a rule's text; everything after it, joined by spaces, is the text.</summary>
    public const string TextOption = "text";

    public static HostRule Parse(string rule, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(arguments);
        var textAt = IndexOf(arguments, TextOption);
        var own = textAt < 0 ? arguments : arguments.Take(textAt).ToList();
        HostRule parsed = rule switch
        {
            "approve" => NoArguments(rule, own, new HostRule.Approve()),
            "decline" => new HostRule.Decline(ResponseCode(own)),
            "timeout" => NoArguments(rule, own, new HostRule.Timeout()),
            "drop" => NoArguments(rule, own, new HostRule.Drop()),
            "bad-mac" => NoArguments(rule, own, new HostRule.BadMac()),
            "garbage" => NoArguments(rule, own, new HostRule.Garbage()),
            _ => throw new HostRuleException(
                $"unknown host rule '{Echo.Cut(rule)}'; known rules: {string.Join(", ", RuleNames)}"),
        };
        if (textAt < 0)
            return parsed;
        if (parsed is not (HostRule.Approve or HostRule.Decline or HostRule.BadMac))
            throw new HostRuleException($"host rule '{rule}' sends no answer, so it takes no text (text goes with approve, decline CODE and bad-mac)");
        return parsed with { Text = AnswerText.Check(string.Join(' ', arguments.Skip(textAt + 1))) };
    }

    private static int IndexOf(IReadOnlyList<string> arguments, string word)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == word)
                return i;
        }
        return -1;
    }

    private static HostRule NoArguments(string rule, IReadOnlyList<string> arguments, HostRule parsed) =>
        arguments.Count == 0
            ? parsed
            : throw new HostRuleException($"host rule '{rule}' takes no arguments, got '{Echo.Cut(string.Join(" ", arguments))}'");

    private static string ResponseCode(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != 1)
            throw new HostRuleException($"host rule 'decline' takes one response code (e.g. decline 51), got {arguments.Count} arguments");
        var code = arguments[0];
        if (code.Length != 2 || !code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
            throw new HostRuleException($"host rule 'decline': response code must be 2 digits or capital letters (e.g. 51, A0), was '{Echo.Cut(code)}'");
        if (code == "00")
            throw new HostRuleException("host rule 'decline': 00 is an approval, use 'approve'");
        return code;
    }
}
