using LakalaPos.Shared;

namespace LakalaPos.HostSimulator.Rules;

/// <summary>Reads a rule as replay scripts write it: <c>approve</c>, <c>decline 51</c>, <c>timeout</c>, <c>drop</c>, <c>bad-mac</c>, <c>garbage</c>.</summary>
public static class HostRuleParser
{
    public static IReadOnlyList<string> RuleNames { get; } = ["approve", "decline", "timeout", "drop", "bad-mac", "garbage"];

    public static HostRule Parse(string rule, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(arguments);
        return rule switch
        {
            "approve" => NoArguments(rule, arguments, new HostRule.Approve()),
            "decline" => new HostRule.Decline(ResponseCode(arguments)),
            "timeout" => NoArguments(rule, arguments, new HostRule.Timeout()),
            "drop" => NoArguments(rule, arguments, new HostRule.Drop()),
            "bad-mac" => NoArguments(rule, arguments, new HostRule.BadMac()),
            "garbage" => NoArguments(rule, arguments, new HostRule.Garbage()),
            _ => throw new HostRuleException(
                $"unknown host rule '{Echo.Cut(rule)}'; known rules: {string.Join(", ", RuleNames)}"),
        };
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
