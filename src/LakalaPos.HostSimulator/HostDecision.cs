using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator;

/// <summary>Whether a request carried a MAC (field 64) and whether it matched the terminal's MAC key.</summary>
public enum RequestMac
{
    Absent,
    Valid,
    Invalid,
}

/// <summary>What goes into field 64 of an answer.</summary>
public enum ResponseMac
{
    /// <summary>No field 64.</summary>
    None,

    /// <summary>The MAC under the terminal's MAC key.</summary>
    Correct,

    /// <summary>A well-formed but wrong MAC (rule bad-mac).</summary>
    Wrong,
}

/// <summary>The host's decision on one decoded request, before it is turned into bytes.</summary>
public abstract record HostDecision
{
    /// <summary>Answer with this message; <paramref name="Keys"/> are the terminal's session keys used for the MAC.</summary>
    public sealed record Respond(Iso8583Message Answer, ResponseMac Mac, WorkingKeys? Keys) : HostDecision
    {
        public string? ResponseCode => Answer.GetText(39);
    }

    public sealed record StaySilent : HostDecision;

    public sealed record DropConnection : HostDecision;

    public sealed record SendGarbage : HostDecision;
}
