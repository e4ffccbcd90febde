namespace LakalaPos.Replay.Parsing.Commands;

public sealed record ProfileCommand(string Name) : SetupCommand
{
    public override string Keyword => "profile";
}

/// <summary>Terminal local time (Asia/Shanghai, +08:00).</summary>
public sealed record ClockCommand(DateTimeOffset LocalTime) : SetupCommand
{
    public override string Keyword => "clock";
}

public sealed record ParamCommand(string Name, string Value) : SetupCommand
{
    public override string Keyword => "param";
}

/// <summary><c>host next RULE [ARG...]</c>: a rule for the next message the host receives.</summary>
public sealed record HostRuleCommand(string Rule, IReadOnlyList<string> Arguments) : SetupCommand
{
    public override string Keyword => "host next";
}

public sealed record HostOnlineCommand(bool Online) : SetupCommand
{
    public override string Keyword => Online ? "host online" : "host offline";
}

public sealed record HostRefundDaysCommand(int Days) : SetupCommand
{
    public override string Keyword => "host refundDays";
}

public sealed record HostMerchantBalanceCommand(long Fen) : SetupCommand
{
    public override string Keyword => "host merchantBalance";
}
