using LakalaPos.Ecr.Link;

namespace LakalaPos.Ecr.Register;

/// <summary>How long a register waits for an answer, and how often it asks again.</summary>
public sealed record EcrRegisterOptions
{
    public static EcrRegisterOptions Default { get; } = new();

    /// <summary>How long one ask waits for the answer after its frame was sent.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>How many times a request is asked in all (with the same id) before the register reports no answer.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>The wait before connecting again after the link broke.</summary>
    public TimeSpan ReconnectWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest one read waits: how often the link's time-outs are looked at.</summary>
    public TimeSpan ReadSlice { get; init; } = TimeSpan.FromMilliseconds(50);

    public EcrLinkTiming Link { get; init; } = EcrLinkTiming.Default;
}
