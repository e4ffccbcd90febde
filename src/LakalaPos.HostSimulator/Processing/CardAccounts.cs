using LakalaPos.HostSimulator.Ledger;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// Money moving on the card accounts the host keeps (a debit balance or a credit card's remaining
/// limit). A card with no account — an unknown card the approve rule booked — moves nothing.
/// </summary>
internal static class CardAccounts
{
    public static void Debit(IHostStore store, string? pan, long fen) => Move(store, pan, -fen);

    public static void Credit(IHostStore store, string? pan, long fen) => Move(store, pan, fen);

    private static void Move(IHostStore store, string? pan, long deltaFen)
    {
        if (pan is not null && store.AvailableFen(pan) is { } available)
            store.SetAvailableFen(pan, available + deltaFen);
    }
}
