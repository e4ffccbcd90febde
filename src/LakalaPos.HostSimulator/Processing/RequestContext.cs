using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// One request as a handler sees it. <paramref name="Forced"/> is set by the approve and bad-mac
/// rules: the handler skips its checks and approves.
/// </summary>
internal sealed record RequestContext(
    Iso8583Message Request,
    TerminalId Terminal,
    WorkingKeys? Keys,
    RequestMac Mac,
    DateTimeOffset Now,
    bool Forced)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
