namespace LakalaPos.HostSimulator.Ledger;

/// <summary>Wrong PINs in a row for one card, counted on one host day (a new day starts again at zero).</summary>
public readonly record struct PinTries(int Failures, DateOnly Day)
{
    public int FailuresOn(DateOnly today) => Day == today ? Failures : 0;
}
