namespace LakalaPos.Replay.Parsing.Commands;

/// <summary><c>save NAME txn VOUCHER FIELD</c>: keeps a journal field as <c>$NAME</c>.</summary>
public sealed record SaveCommand(string Name, VoucherRef Voucher, JournalField Field) : ScriptCommand
{
    public override string Keyword => "save";
}
