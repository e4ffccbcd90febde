using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>
/// One line of a menu: the digit that selects it, its name, who may use it, and where it leads.
/// <paramref name="NeedsNetwork"/>: the host link is checked before anything is asked (refund: "网络未连接,请检查网络").
/// </summary>
public sealed record MenuItem(Key Key, Phrase Label, Access Access, string LeadsTo, Func<TerminalContext, Activity> Start, bool NeedsNetwork = false);
