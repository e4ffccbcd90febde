namespace LakalaPos.HostSimulator.Ledger;

/// <summary>A terminal as the host knows it: terminal number (field 41) under a merchant number (field 42).</summary>
public readonly record struct TerminalId(string TerminalNumber, string MerchantNumber)
{
    public override string ToString() => $"{TerminalNumber}/{MerchantNumber}";
}
