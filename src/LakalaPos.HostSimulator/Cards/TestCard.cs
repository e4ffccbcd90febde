using LakalaPos.Core.Security;

namespace LakalaPos.HostSimulator.Cards;

/// <summary>
/// A card the simulated issuer knows: its number, expiry (YYMM), PIN and the money on its account
/// when the simulator starts (a debit balance, or a credit card's limit).
/// </summary>
public sealed record TestCard(string Name, string Pan, string Expiry, string Pin, long OpeningFen, bool IsCredit)
{
    /// <summary>Name and masked number only: the PAN and the PIN never reach a log through this record.</summary>
    public override string ToString() => $"{Name} {PanMask.Mask(Pan)}";
}
