using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>Where a flow goes when it ends or is abandoned: idle when a cashier is signed in, else the sign-in prompt.</summary>
public static class Home
{
    public static Activity For(TerminalContext ctx) => ctx.Session.IsSignedIn ? new IdleActivity() : new SignInActivity();

    /// <summary>Shows a message screen (3 s or a key), then goes home.</summary>
    public static Activity After(TerminalContext ctx, params string[] lines) =>
        new MessageActivity(Screen.Of(lines), () => For(ctx));
}

/// <summary>After a fault inside a flow: say so, and go home with nothing more sent.</summary>
public static class FaultRecovery
{
    public static Activity For(TerminalContext ctx) => Home.After(ctx, Prompts.SystemFault);
}
