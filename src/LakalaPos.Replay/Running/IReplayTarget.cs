using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;

namespace LakalaPos.Replay.Running;

/// <summary>How a card is presented (replay commands swipe, insert, tap).</summary>
public enum CardAction
{
    Swipe,
    Insert,
    Tap,
}

/// <summary>A message as it reached the host: its MTI and its fields as replay checks compare them (sub-fields with a dot, e.g. "60.1").</summary>
public sealed record HostMessageSeen(string Mti, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// A terminal under replay: a fresh terminal on a virtual clock, with headless devices and a
/// host simulator. Every action returns once the terminal waits for input, a timer or the host;
/// nothing sleeps in real time. Methods throw <see cref="ReplayCommandException"/> for what a
/// script asked that cannot be done (an unknown card, parameter or host rule).
/// </summary>
public interface IReplayTarget : IDisposable
{
    /// <summary>Use hardware profile NAME; only before the first action.</summary>
    void UseProfile(string name);

    /// <summary>Boots the terminal up to its first prompt (advancing the virtual clock through boot screens).</summary>
    void Boot();

    void SetClock(DateTimeOffset localTime);

    /// <summary>The terminal's wall clock now (what <see cref="SetClock"/> set, moved on by every <see cref="Advance"/>).</summary>
    DateTimeOffset WallClock { get; }
    void SetParameter(string name, string value);

    void PressKey(Key key);
    void PresentCard(string cardName, CardAction action);

    /// <summary>A card is swiped and cannot be read (a bad swipe): the card reader reports a failed read.</summary>
    void FailCardRead();
    void RemoveCard();

    /// <summary>Advances the virtual clock; every timer due at or before the new time fires, in order.</summary>
    void Advance(TimeSpan duration);

    /// <summary>Cuts power now (no shutdown code) and boots again on the same storage, up to the first prompt.</summary>
    void PowerCycle();

    void SetPaper(bool present);

    // Host simulator
    void QueueHostRule(string rule, IReadOnlyList<string> arguments);
    void SetHostOnline(bool online);
    void SetHostRefundDays(int days);
    void SetHostMerchantBalance(long fen);

    // Cash register (ECR)
    /// <summary>
    /// The cash register asks: the request goes to the terminal over the ECR link's own protocol
    /// (frames, checksums, acknowledgements), and the terminal runs until it waits again.
    /// </summary>
    void AskEcr(EcrRequest request);

    /// <summary>
    /// The register's answer to its last request, field by field as it came over the link (wire
    /// names: result, voucher, rrn, amount in fen…); null while that request has no answer yet.
    /// </summary>
    IReadOnlyDictionary<string, string>? EcrAnswer { get; }

    // What the checks look at
    /// <summary>The display as rendered now, one string per row.</summary>
    IReadOnlyList<string> ScreenRows { get; }

    /// <summary>The display's width in half-width columns (a Chinese character takes two) and the rows it shows at once.</summary>
    (int Columns, int Rows) ScreenSize { get; }

    /// <summary>Every receipt printed since boot of this script (each one paper cut), in order, as text.</summary>
    IReadOnlyList<string> PrintedReceipts { get; }

    /// <summary>Every message that reached the host since the script began, in order.</summary>
    IReadOnlyList<HostMessageSeen> HostReceived { get; }

    TransactionRecord? FindTransaction(int voucher);
    TransactionRecord? LastTransaction();

    /// <summary>The last lines of the terminal's log, for a failing script's diagnosis.</summary>
    IReadOnlyList<string> RecentLog { get; }
}

public sealed class ReplayCommandException(string message) : Exception(message);
