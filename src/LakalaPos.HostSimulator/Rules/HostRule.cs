namespace LakalaPos.HostSimulator.Rules;

/// <summary>
/// What the host does with the next message it receives instead of its own checks
/// (replay: host next RULE). One rule is used up per message received, first queued first.
/// </summary>
public abstract record HostRule
{
    /// <summary>
    /// Text the answer carries in field 63, after the card organisation (<c>text TEXT</c> after
    /// approve, decline CODE or bad-mac); null for none. Sent in GB18030, as UnionPay hosts send it.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Answer 00 whatever the checks say, with an RRN and auth code, and book it.</summary>
    public sealed record Approve : HostRule;

    /// <summary>Answer with this response code; nothing is booked.</summary>
    public sealed record Decline(string Code) : HostRule;

    /// <summary>Never answer this message (the terminal times out).</summary>
    public sealed record Timeout : HostRule;

    /// <summary>Close the connection without answering.</summary>
    public sealed record Drop : HostRule;

    /// <summary>Answer 00 (booked as with approve) with a MAC that does not match.</summary>
    public sealed record BadMac : HostRule;

    /// <summary>Answer with bytes that are not a message.</summary>
    public sealed record Garbage : HostRule;
}

/// <summary>A rule the script named does not exist or its arguments are wrong; the text says which.</summary>
public sealed class HostRuleException(string message) : Exception(message);
