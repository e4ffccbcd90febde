using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Idle (spec section 1): merchant name, date and time, operator, "请刷卡/插卡/挥卡". A card starts a
/// sale with that card; ENTER or MENU opens the main menu. The clock line is redrawn each minute.
/// Idle comes straight after sign-in, with "签到成功" as a notice, so the cashier can start at once;
/// a bad swipe leaves "读卡失败,请重新刷卡" as the notice.
/// </summary>
public sealed class IdleActivity(string? notice = null) : Activity
{
    private TimerTicket? _clockTimer;

    // A one-off status line ("签到成功") shown until the screen is next redrawn.
    private string? _notice = notice;

    public override string Name => "Idle";

    public override void Enter(TerminalContext ctx) => Render(ctx);

    public override void OnKey(TerminalContext ctx, Key key)
    {
        if (key is Key.Enter or Key.Menu)
            ctx.Go(Menus.MainMenu.Open());
    }

    public override void OnCard(TerminalContext ctx, CardData card) => ctx.Go(SaleActivity.WithCard(card));

    /// <summary>The cash register's sale, refund or void of an order starts here (<see cref="Orders.EcrOrders"/>).</summary>
    public override void OnEcrRequest(TerminalContext ctx, Ecr.EcrRequest request) => Orders.EcrOrders.Start(ctx, request);

    /// <summary>A bad swipe: "读卡失败,请重新刷卡" under the idle screen, which keeps waiting for the card.</summary>
    public override void OnCardReadFailed(TerminalContext ctx, string reason)
    {
        _notice = ctx.Say(Phrase.CardReadFailed);
        Render(ctx);
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _clockTimer)
            Render(ctx);
    }

    private void Render(TerminalContext ctx)
    {
        var now = ctx.Now;
        var lines = new List<string>
        {
            ctx.Parameters.MerchantName,
            now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ctx.Say(Phrase.OperatorLine, ctx.Session.OperatorNo ?? ""),
            ctx.Say(Phrase.PresentCard),
        };
        if (_notice is not null)
            lines.Add(_notice);
        ctx.Show(new Screen(lines));
        _notice = null;
        var nextMinute = TimeSpan.FromSeconds(60 - now.Second) - TimeSpan.FromMilliseconds(now.Millisecond);
        ctx.CancelTimer(_clockTimer);
        _clockTimer = ctx.StartRedrawTimer("clock", nextMinute);
    }
}
