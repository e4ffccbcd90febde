namespace LakalaPos.Replay.Parsing.Commands;

/// <summary>One <c>FIELD=VALUE</c> of an expect line; the value may hold saved variables.</summary>
public sealed record FieldExpectation(string Field, TextTemplate Value);

/// <summary>A journal field expected to have a value (<c>expect txn</c>).</summary>
public sealed record JournalFieldExpectation(JournalField Field, TextTemplate Value);

/// <summary>Opens new observation windows for printed receipts and host messages.</summary>
public sealed record MarkCommand : ScriptCommand
{
    public override string Keyword => "mark";
}

/// <summary><c>expect screen</c> (Present) or <c>expect no-screen</c>.</summary>
public sealed record ExpectScreenCommand(TextTemplate Text, bool Present) : CheckCommand
{
    public override string Keyword => Present ? "expect screen" : "expect no-screen";
}

public sealed record ExpectPrintedCommand(TextTemplate Text) : CheckCommand
{
    public override string Keyword => "expect printed";
}

public sealed record ExpectReceiptsCommand(int Count) : CheckCommand
{
    public override string Keyword => "expect receipts";
}

public sealed record ExpectTxnCommand(VoucherRef Voucher, IReadOnlyList<JournalFieldExpectation> Fields) : CheckCommand
{
    public override string Keyword => "expect txn";
}

public sealed record ExpectHostSentCommand(string Mti, IReadOnlyList<FieldExpectation> Fields) : CheckCommand
{
    public override string Keyword => "expect host-sent";
}

public sealed record ExpectNoHostSentCommand(string Mti) : CheckCommand
{
    public override string Keyword => "expect no-host-sent";
}
