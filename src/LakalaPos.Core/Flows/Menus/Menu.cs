using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>
/// A menu as data: its title and its items, each with who may use it. <see cref="MenuActivity"/>
/// shows it (five items a page, UP/DOWN between pages) and applies each item's access; the same
/// data draws its diagram.
/// </summary>
/// <param name="Granted">The password that opened this menu (inside 系统管理 the admin is not asked again); Cashier for the main menu.</param>
public sealed record Menu(string Name, Phrase Title, IReadOnlyList<MenuItem> Items, string Summary, Access Granted = Access.Cashier) : IFlowDeclaration
{
    public string First => Name;

    public IReadOnlyList<FlowEdge> Edges =>
        Items.Select(i => new FlowEdge(Name, i.LeadsTo, $"{i.Key.Name()}{(NeedsPassword(i) ? AccessLabel(i.Access) : "")}")).ToList();

    /// <summary>Whether choosing <paramref name="item"/> here asks for a password first.</summary>
    public bool NeedsPassword(MenuItem item) => item.Access != Access.Cashier && item.Access != Granted;

    private static string AccessLabel(Access access) => access switch
    {
        Access.Supervisor => " [supervisor password]",
        Access.Admin => " [admin password]",
        _ => "",
    };
}
