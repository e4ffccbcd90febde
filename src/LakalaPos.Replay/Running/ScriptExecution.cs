using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Running;

/// <summary>The state of one running script (variables, windows) and what each command does to the target.</summary>
internal sealed class ScriptExecution
{
    private readonly IReplayTarget target;
    private readonly ScriptVariables variables = new();
    private readonly ScriptChecks checks;
    private ObservationWindow window;
    private int ecrRequests;

    public ScriptExecution(IReplayTarget target)
    {
        this.target = target;
        checks = new ScriptChecks(target, variables);
        window = new ObservationWindow(0, 0);
    }

    public void Execute(ScriptCommand command)
    {
        switch (command)
        {
            // Applied before boot by the runner; the format allows it only before the first action.
            case ProfileCommand:
                break;
            case ClockCommand c: target.SetClock(c.LocalTime); break;
            case ParamCommand c: target.SetParameter(c.Name, c.Value); break;
            case HostRuleCommand c: target.QueueHostRule(c.Rule, c.Arguments); break;
            case HostOnlineCommand c: target.SetHostOnline(c.Online); break;
            case HostRefundDaysCommand c: target.SetHostRefundDays(c.Days); break;
            case HostMerchantBalanceCommand c: target.SetHostMerchantBalance(c.Fen); break;

            case KeyCommand c: Press(c.Keys); break;
            case TypeCommand c: TypeDigits(variables.Resolve(c.Digits), c.Digits.ToString()); break;
            case LoginCommand c: Login(c); break;
            case CardCommand c: target.PresentCard(c.CardName, c.Action); break;
            case BadSwipeCommand: target.FailCardRead(); break;
            case RemoveCardCommand: target.RemoveCard(); break;
            case WaitCommand c: Wait(c.Duration); break;
            case PowerCycleCommand: target.PowerCycle(); break;
            case PaperCommand c: target.SetPaper(c.Present); break;

            case SaveCommand c: variables.Save(c.Name, checks.Read(c)); break;
            case MarkCommand: window = ObservationWindow.OpenNow(target); break;
            case ExpectScreenCommand c: checks.Screen(c); break;
            case ExpectPrintedCommand c: checks.Printed(c, window); break;
            case ExpectReceiptsCommand c: checks.Receipts(c, window); break;
            case ExpectTxnCommand c: checks.Transaction(c); break;
            case ExpectHostSentCommand c: checks.HostSent(c, window); break;
            case ExpectNoHostSentCommand c: checks.NoHostSent(c, window); break;

            case EcrSaleCommand c: AskEcr(EcrRequestKind.Sale, c.Order, [.. c.Items.Select(i => new OrderItem(i.Name, i.Quantity, i.PriceFen))]); break;
            case EcrRefundCommand c: AskEcr(EcrRequestKind.Refund, c.Order, [.. c.Items.Select(i => new OrderItem(i.Name, i.Quantity, 0))]); break;
            case EcrVoidCommand c: AskEcr(EcrRequestKind.Void, c.Order, []); break;
            case EcrQueryCommand c: AskEcr(EcrRequestKind.Query, c.Order, []); break;
            case ExpectEcrCommand c: checks.Ecr(c); break;

            default:
                throw new ScriptFailure($"{command.Keyword}: this runner does not know the command");
        }
    }

    /// <summary>Each request of a script gets its own id (R0001, R0002…), as a register numbers its requests.</summary>
    private void AskEcr(EcrRequestKind kind, string order, IReadOnlyList<OrderItem> items) =>
        target.AskEcr(new EcrRequest($"R{++ecrRequests:0000}", kind, order, items));

    private void Press(IEnumerable<Key> keys)
    {
        foreach (var key in keys)
            target.PressKey(key);
    }

    /// <summary>A wait may not take the clock past the latest date a script may set (<see cref="ReplayClock"/>).</summary>
    private void Wait(TimeSpan duration)
    {
        var now = target.WallClock;
        if (duration > ReplayClock.Latest - now)
            throw new ScriptFailure(
                $"wait would take the clock past {ReplayClock.Show(ReplayClock.Latest)}, the latest a script's clock may show (it shows {ReplayClock.Show(now)})");
        target.Advance(duration);
    }

    private void TypeDigits(string digits, string asWritten)
    {
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            throw new ScriptFailure($"expected digits to type for '{Echo.Cut(asWritten)}', was \"{Echo.Cut(digits)}\"");
        Press(digits.Select(KeyExtensions.FromDigit));
    }

    private void Login(LoginCommand login)
    {
        Press(login.Operator.Select(KeyExtensions.FromDigit).Append(Key.Enter));
        Press(login.Pin.Select(KeyExtensions.FromDigit).Append(Key.Enter));
    }
}
