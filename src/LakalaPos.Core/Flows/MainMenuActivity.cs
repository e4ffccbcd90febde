using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// The main menu (spec section 2): a digit selects at once (an item on the other page too), UP/DOWN page, CANCEL goes back to idle.
/// Functions not built yet say so plainly and come back to the menu.
/// </summary>
public sealed class MainMenuActivity : PromptActivity
{
    private const int ItemsPerPage = 5;

    private static readonly (Key Key, string Label)[] Items =
    [
        (Key.D1, "1 消费"), (Key.D2, "2 消费撤销"), (Key.D3, "3 退货"), (Key.D4, "4 余额查询"), (Key.D5, "5 交易查询"),
        (Key.D6, "6 结算"), (Key.D7, "7 重打印"), (Key.D8, "8 柜员管理"), (Key.D9, "9 系统管理"), (Key.D0, "0 签退"),
    ];

    private int _page;

    public override string Name => $"MainMenu/page{_page + 1}";

    public override void Enter(TerminalContext ctx)
    {
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        var pages = (Items.Length + ItemsPerPage - 1) / ItemsPerPage;
        switch (key)
        {
            case Key.Up:
                _page = (_page + pages - 1) % pages;
                Render(ctx);
                return;
            case Key.Down:
                _page = (_page + 1) % pages;
                Render(ctx);
                return;
        }
        var next = Select(ctx, key);
        if (next is not null)
            ctx.Go(next);
    }

    private static Activity? Select(TerminalContext ctx, Key key) => key switch
    {
        Key.D1 => SaleActivity.FromMenu(),
        Key.D2 => VoidActivity.Start(ctx),
        Key.D3 => RefundActivity.Start(ctx),
        Key.D4 => new BalanceInquiryActivity(),
        Key.D5 => new TransactionQueryActivity(),
        Key.D6 => SettlementActivity.Start(ctx),
        Key.D7 => new ReprintActivity(),
        Key.D0 => new SignOutActivity(),
        _ when key.IsDigit() => new MessageActivity(Screen.Of(Items.First(i => i.Key == key).Label[2..], Prompts.NotAvailable), () => new MainMenuActivity()),
        _ => null,
    };

    /// <summary>The page's items under "主菜单 1/2", and the last line says where the other items are ("下翻 更多" / "上翻 返回").</summary>
    private void Render(TerminalContext ctx)
    {
        var pages = (Items.Length + ItemsPerPage - 1) / ItemsPerPage;
        var lines = new List<string> { $"主菜单 {_page + 1}/{pages}" };
        lines.AddRange(Items.Skip(_page * ItemsPerPage).Take(ItemsPerPage).Select(i => i.Label));
        lines.Add(_page + 1 < pages ? "下翻 更多功能" : "上翻 返回上页");
        ctx.Show(new Screen(lines));
    }
}
