namespace LakalaPos.Core.Engine;

/// <summary>What the terminal knows only while powered: who is signed in, and what the host asked. Lost on a power cut, by design.</summary>
public sealed class TerminalSession
{
    /// <summary>The signed-in cashier, or null.</summary>
    public string? OperatorNo { get; set; }

    /// <summary>The host asked (header digit 3) for a new sign-in before the next request.</summary>
    public bool SignInRequested { get; set; }

    public bool IsSignedIn => OperatorNo is not null;
}
