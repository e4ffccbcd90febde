using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Control;

/// <summary>
/// The register panel's side of the terminal's cash-register link: what it shows, and requests
/// typed as <c>lakalapos ecr</c> takes them (<c>sale ORDER "name:qty:price"...</c>, <c>refund ORDER
/// "name:qty"...</c>, <c>void ORDER</c>, <c>query ORDER</c>). Asking never waits for the answer (that
/// takes the cashier's card and PIN): the request is sent in the background and the answer comes
/// with <see cref="Changed"/>. Thread-safe.
/// </summary>
public interface IRegisterPanel
{
    RegisterState State { get; }

    /// <summary>Sends one request; the reply says it was sent, or what is wrong with it (a bad command, one already waiting).</summary>
    InputResult Ask(string command);

    /// <summary>Raised (on any thread) when <see cref="State"/> may have changed.</summary>
    event EventHandler? Changed;
}
