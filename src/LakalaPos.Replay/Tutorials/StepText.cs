using LakalaPos.Core.Hardware;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Tutorials;

/// <summary>What an operator does in one step of a script, in Chinese and in English; null for a line that is not a step (a check, a setting).</summary>
public sealed record StepText(string Chinese, string English)
{
    public static StepText? Of(ScriptCommand command) => command switch
    {
        KeyCommand k => new($"按 {string.Join(" ", k.Keys.Select(ChineseKey))}", $"Press {string.Join(" ", k.Keys.Select(EnglishKey))}"),
        TypeCommand t => new($"输入 {t.Digits}", $"Type {t.Digits}"),
        LoginCommand l => new($"操作员号 {l.Operator} 确认，密码 {l.Pin} 确认", $"Operator {l.Operator} ENTER, password {l.Pin} ENTER"),
        CardCommand { Action: CardAction.Swipe } c => new($"刷卡：{c.CardName}", $"Swipe the {c.CardName} card"),
        CardCommand { Action: CardAction.Insert } c => new($"插卡：{c.CardName}", $"Insert the {c.CardName} card"),
        CardCommand c => new($"挥卡：{c.CardName}", $"Tap the {c.CardName} card"),
        BadSwipeCommand => new("刷卡失败（磁条未读出）", "A bad swipe (the stripe could not be read)"),
        RemoveCardCommand => new("拔卡", "Take the card out"),
        WaitCommand w => new($"等待 {Duration(w.Duration, "秒", "分钟")}", $"Wait {Duration(w.Duration, "s", "min")}"),
        PowerCycleCommand => new("断电后重新开机", "Power off, then on again"),
        PaperCommand { Present: true } => new("装入打印纸", "Load the paper"),
        PaperCommand => new("打印纸用完（取出打印纸）", "The paper runs out (take it out)"),
        HostOnlineCommand { Online: true } => new("主机恢复连接", "The host is back online"),
        HostOnlineCommand => new("主机断开连接", "The host goes offline"),
        HostRuleCommand h => new($"主机的下一次应答：{Rule(h)}", $"The host's next answer: {Rule(h)}"),
        EcrSaleCommand e => new($"收银机发来订单 {e.Order}：{Goods(e.Items.Select(i => (i.Name, i.Quantity)))}", $"The register sends order {e.Order}: {Goods(e.Items.Select(i => (i.Name, i.Quantity)))}"),
        EcrRefundCommand e => new($"收银机发来退单 {e.Order}：{Goods(e.Items.Select(i => (i.Name, i.Quantity)))}", $"The register asks to refund goods of order {e.Order}: {Goods(e.Items.Select(i => (i.Name, i.Quantity)))}"),
        EcrVoidCommand e => new($"收银机要求撤销订单 {e.Order}", $"The register asks to void order {e.Order}"),
        EcrQueryCommand e => new($"收银机查询订单 {e.Order}", $"The register asks how order {e.Order} stands"),
        _ => null,
    };

    private static string Goods(IEnumerable<(string Name, int Quantity)> items) => string.Join(", ", items.Select(i => $"{i.Name} x{i.Quantity}"));

    private static string Rule(HostRuleCommand rule) => string.Join(" ", [rule.Rule, .. rule.Arguments]);

    private static string Duration(TimeSpan duration, string seconds, string minutes) =>
        duration.TotalSeconds < 120 || duration.TotalSeconds % 60 != 0
            ? $"{duration.TotalSeconds:0.#} {seconds}"
            : $"{duration.TotalMinutes:0} {minutes}";

    private static string ChineseKey(Key key) => key switch
    {
        Key.Enter => "确认",
        Key.Cancel => "取消",
        Key.Clear => "清除",
        Key.Up => "上翻",
        Key.Down => "下翻",
        Key.Menu => "菜单",
        _ => key.Name(),
    };

    private static string EnglishKey(Key key) => key.Name();
}
