using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>
/// A short choice inside a flow, drawn as a menu is: the title, then "1 …", "2 …" for each choice
/// in order (交易查询's and 重打印's first step); the flow's own rules take the digits.
/// </summary>
public static class ChoiceScreen
{
    public static IEnumerable<string> Lines(TerminalContext ctx, Phrase title, params Phrase[] choices) =>
        [ctx.Say(title), .. choices.Select((choice, i) => $"{i + 1} {ctx.Say(choice)}")];
}
