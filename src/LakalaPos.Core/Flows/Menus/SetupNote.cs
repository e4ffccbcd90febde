using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>The journal's note of a set-up change: now, by whose password, with the cashier signed in.</summary>
public static class SetupNote
{
    public static ChangeNote By(TerminalContext ctx, string authorisedBy, string what) =>
        new(ctx.Now, authorisedBy, ctx.Session.OperatorNo, what);
}
