using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>
/// A list shown a page at a time under "TITLE n/N": DOWN or ENTER shows the next page, UP the one
/// before; CANCEL or the prompt time-out goes home. An empty list says so (<paramref name="empty"/>).
/// 交易查询's lists and 柜员列表 are shown this way.
/// </summary>
public sealed class ListActivity(string name, string title, IReadOnlyList<IReadOnlyList<string>> pages, Phrase empty) : PromptActivity
{
    private int _index;

    public override string Name => $"{name}/List";

    public override void Enter(TerminalContext ctx)
    {
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (key)
        {
            case Key.Down or Key.Enter when _index + 1 < pages.Count:
                _index++;
                Render(ctx);
                break;
            case Key.Up when _index > 0:
                _index--;
                Render(ctx);
                break;
        }
    }

    private void Render(TerminalContext ctx) => ctx.Show(pages.Count == 0
        ? Screen.Of(title, ctx.Say(empty))
        : new Screen([ctx.Say(Phrase.ListPage, title, _index + 1, pages.Count), .. pages[_index]]));
}
