using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Control;

/// <summary>
/// The host panel's side of the terminal's host: what it shows, and the operator commands of the
/// host simulator ("next timeout", "next decline 51", "offline", "online", "merchantBalance 50.00").
/// Thread-safe: commands are applied on the page's request, not on the engine's thread.
/// </summary>
public interface IHostPanel
{
    HostState State { get; }

    /// <summary>Applies one command; the reply says what was done or what is wrong with it.</summary>
    InputResult Apply(string command);

    /// <summary>Raised (on any thread) when <see cref="State"/> may have changed.</summary>
    event EventHandler? Changed;
}
