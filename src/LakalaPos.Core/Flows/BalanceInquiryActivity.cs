using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 余额查询 (menu 4, spec section 7): card, PIN, online (0200 310000, 60.1=01); the balance shows
/// on screen until a key or the prompt time-out, and nothing prints. It moves no money, so it is
/// not reversed; it is journaled as BALANCE like every request.
/// </summary>
public sealed class BalanceInquiryActivity : PromptActivity
{
    private enum Step { Card, Pin, Online, Result }

    public const string Title = "余额查询";

    private Step _step;
    private readonly DigitEntry _pin = new(6, masked: true);
    private CardData? _card;
    private OnlineRequest? _online;
    private long? _balance;

    public override string Name => $"Balance/{_step}";

    protected override bool CanAbandon => _step != Step.Online;

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Step.Card);

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (_step)
        {
            case Step.Pin when _pin.Accept(key):
                Render(ctx);
                break;
            case Step.Pin when key == Key.Enter && _pin.Length == 6:
                GoTo(ctx, Step.Online);
                OnlineGate.Send(ctx, this, SendInquiry);
                break;
            case Step.Result:
                ctx.Go(Home.For(ctx));
                break;
        }
    }

    // The balance stays until the cardholder has read it: the prompt time-out ends it quietly.
    protected override Activity AfterPromptTimeout(TerminalContext ctx) =>
        _step == Step.Result ? Home.For(ctx) : base.AfterPromptTimeout(ctx);

    public override void OnCard(TerminalContext ctx, CardData card)
    {
        if (_step != Step.Card)
        {
            base.OnCard(ctx, card);
            return;
        }
        _card = card;
        GoTo(ctx, Step.Pin);
    }

    public override void OnHost(TerminalContext ctx, HostLinkResult result)
    {
        if (_online is null || !_online.Owns(result))
        {
            base.OnHost(ctx, result);
            return;
        }
        var next = _online.Complete(ctx, result);
        if (result is { Outcome: HostLinkOutcome.Answered, Response: { Approved: true } answer })
        {
            _balance = answer.BalanceFen;
            GoTo(ctx, Step.Result);
            return;
        }
        ctx.Go(next);
    }

    protected override void OnFlowTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (_online is not null && _online.IsTimeout(ticket))
            ctx.Go(_online.TimedOut(ctx));
    }

    private void SendInquiry(TerminalContext ctx)
    {
        Render(ctx);
        var card = _card!;
        var trace = ctx.Journal.NextTrace();
        var request = HostRequests.New(ctx, HostMessageKind.BalanceInquiry, trace) with
        {
            Card = card,
            Pin = new SecretDigits(_pin.Value),
        };
        _pin.Reset();
        var record = new TransactionRecord
        {
            Type = TransactionType.Balance,
            Status = TransactionStatus.Pending,
            Voucher = trace,
            Batch = request.Batch,
            AmountFen = 0,
            OperatorNo = ctx.Session.OperatorNo ?? "",
            LocalTime = request.LocalTime,
            MaskedPan = card.MaskedPan,
            EncryptedPan = ctx.Options.PanProtector.Protect(card.Pan),
            ExpiryYyMm = card.ExpiryYyMm,
            EntryMode = card.EntryMode,
            PinEntered = true,
            ReversalState = ReversalState.None,
        };
        _online = OnlineRequest.Send(ctx, request, record, printsReceipt: false);
    }

    private void GoTo(TerminalContext ctx, Step step)
    {
        _step = step;
        ctx.LogStep("Balance", step.ToString());
        if (step == Step.Online)
            StopPromptTimer(ctx);
        else
            RestartPromptTimer(ctx);
        Render(ctx);
    }

    private void Render(TerminalContext ctx)
    {
        var lines = new List<string> { Title };
        switch (_step)
        {
            case Step.Card:
                lines.Add(Prompts.PresentCard);
                break;
            case Step.Pin:
                lines.Add(_card!.MaskedPan);
                lines.Add(Prompts.EnterPassword);
                lines.Add(_pin.Shown);
                break;
            case Step.Online:
                lines.Add(Prompts.Processing);
                lines.Add(Prompts.PleaseWait);
                break;
            default:
                lines.Add(_card!.MaskedPan);
                lines.Add(_balance is { } b ? $"可用余额 {Fen.Format(b)}" : "余额未返回");
                lines.Add("按任意键返回");
                break;
        }
        ctx.Show(new Screen(lines));
    }
}
