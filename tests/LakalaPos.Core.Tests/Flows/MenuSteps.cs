using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Support;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>The way into the main menu's functions from idle, as a cashier goes.</summary>
internal static class MenuSteps
{
    public const string SupervisorPassword = "123456";

    /// <summary>Idle with cashier 01 signed in, the terminal's first operators in the journal.</summary>
    public static TestTerminal SignedInAtIdle(this TestTerminal t) => t.WithOperators().AtIdle();

    /// <summary>From idle: MENU, then the item's digit.</summary>
    public static void FromMenu(this TestTerminal t, Key item) => t.Press(Key.Menu, item);

    /// <summary>The supervisor's password typed and entered.</summary>
    public static void SupervisorTypes(this TestTerminal t, string password = SupervisorPassword)
    {
        t.Type(password);
        t.Press(Key.Enter);
    }
}
