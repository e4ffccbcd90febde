using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>
/// Shows a <see cref="Menu"/>: a digit selects its item at once (one on another page too), UP/DOWN
/// page, CANCEL goes home. An item that needs a password asks for it first — unless that password
/// already opened this menu (<see cref="Menu.Granted"/>): inside 系统管理 the admin is not asked again.
/// More than five items: "主菜单 1/2" on top and, at the bottom, where the other items are.
/// </summary>
public sealed class MenuActivity(Menu menu) : PromptActivity
{
    public const int ItemsPerPage = 5;

    private int _page;

    public override string Name => Pages > 1 ? $"{menu.Name}/page{_page + 1}" : menu.Name;

    private int Pages => (menu.Items.Count + ItemsPerPage - 1) / ItemsPerPage;

    public override void Enter(TerminalContext ctx)
    {
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (key)
        {
            case Key.Up when Pages > 1:
                _page = (_page + Pages - 1) % Pages;
                Render(ctx);
                return;
            case Key.Down when Pages > 1:
                _page = (_page + 1) % Pages;
                Render(ctx);
                return;
        }
        if (menu.Items.FirstOrDefault(i => i.Key == key) is { } item)
            ctx.Go(Open(ctx, menu, item));
    }

    /// <summary>Where choosing <paramref name="item"/> leads: the network check and the password it needs, then the item.</summary>
    public static Activity Open(TerminalContext ctx, Menu menu, MenuItem item)
    {
        ctx.Log.Information("Menu item {Item} chosen ({Access})", item.LeadsTo, item.Access);
        var title = ctx.Say(item.Label);
        Func<Activity> start = !menu.NeedsPassword(item)
            ? () => item.Start(ctx)
            : () => OperatorPasswordActivity.Before(ctx, item.Access == Access.Admin ? OperatorRole.Admin : OperatorRole.Supervisor, title, () => item.Start(ctx));
        return item.NeedsNetwork ? new NetworkCheckActivity(title, start) : start();
    }

    private void Render(TerminalContext ctx)
    {
        var shown = menu.Items.Skip(_page * ItemsPerPage).Take(ItemsPerPage).Select(i => $"{i.Key.ToDigit()} {ctx.Say(i.Label)}");
        if (Pages == 1)
        {
            ctx.Show(new Screen([ctx.Say(menu.Title), .. shown]));
            return;
        }
        ctx.Show(new Screen([
            $"{ctx.Say(menu.Title)} {_page + 1}/{Pages}",
            .. shown,
            ctx.Say(_page + 1 < Pages ? Phrase.MenuMore : Phrase.MenuBack),
        ]));
    }
}
