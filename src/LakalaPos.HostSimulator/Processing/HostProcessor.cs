using LakalaPos.Iso8583.Security;
using LakalaPos.HostSimulator.Rules;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// The host's decision on one decoded request: the queued rule first, then routing by MTI and
/// processing code, with the session and MAC checks every request but sign-in and 0820 passes.
/// </summary>
internal sealed class HostProcessor
{
    private readonly HostServices _services;
    private readonly SignInHandler _signIn;
    private readonly NetworkHandler _network;
    private readonly SaleHandler _sale;
    private readonly VoidHandler _void;
    private readonly RefundHandler _refund;
    private readonly BalanceInquiryHandler _balance;
    private readonly ReversalHandler _reversal;
    private readonly SettlementHandler _settlement;
    private readonly BatchUploadHandler _batchUpload;

    public HostProcessor(HostServices services)
    {
        _services = services;
        var cardholder = new CardholderChecks(services);
        _signIn = new SignInHandler(services);
        _network = new NetworkHandler(services);
        _sale = new SaleHandler(services, cardholder);
        _void = new VoidHandler(services, cardholder);
        _refund = new RefundHandler(services, cardholder);
        _balance = new BalanceInquiryHandler(services, cardholder);
        _reversal = new ReversalHandler(services);
        _settlement = new SettlementHandler(services);
        _batchUpload = new BatchUploadHandler(services);
    }

    public HostDecision Decide(Iso8583Message request, RequestMac mac, HostRule? rule)
    {
        switch (rule)
        {
            case HostRule.Timeout:
                return new HostDecision.StaySilent();
            case HostRule.Drop:
                return new HostDecision.DropConnection();
            case HostRule.Garbage:
                return new HostDecision.SendGarbage();
        }

        var terminal = RequestFields.Terminal(request);
        var context = new RequestContext(
            request, terminal, _services.Store.SessionKeys(terminal), mac, _services.Clock.GetLocalNow(),
            Forced: rule is HostRule.Approve or HostRule.BadMac);
        var answer = rule is HostRule.Decline decline ? Answers.For(request, decline.Code) : Route(context);
        if (rule?.Text is { } text)
            answer.Set(63, _services.Settings.CardOrganisation + text);

        var keys = _services.Store.SessionKeys(terminal);
        var code = answer.GetText(39);
        var responseMac = rule is HostRule.BadMac ? ResponseMac.Wrong
            : request.Has(64) && keys is not null && code != "A0" ? ResponseMac.Correct
            : ResponseMac.None;
        if (_services.Log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
            _services.Log.Debug(
            "{Mti} {Processing} from {Terminal} trace {Trace} card {Card}: answer {Code}{Rule}",
            request.Mti, request.GetText(3) ?? "-", terminal, request.GetText(11) ?? "-", MaskedCard(request), code,
            rule is null ? "" : " by rule " + rule.GetType().Name);
        return new HostDecision.Respond(answer, responseMac, keys);
    }

    private Iso8583Message Route(RequestContext context)
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(request.GetText(41)) || string.IsNullOrEmpty(request.GetText(11)))
            return Answers.For(request, "12"); // the host cannot tell whose request this is

        switch (request.Mti)
        {
            case "0800":
                return _signIn.Handle(context);
            case "0820":
                return _network.Handle(context);
        }

        if (!context.Forced)
        {
            // UnionPay hosts answer A0 ("MAC校验错,请重新签到") with processing requirement 3 in the
            // header both when they hold no keys for the terminal and when its MAC is wrong.
            if (context.Keys is null || context.Mac == RequestMac.Invalid)
                return Answers.SignInRequired(request, "A0");
        }

        return (request.Mti, request.GetText(3)) switch
        {
            ("0200", "000000") => _sale.Handle(context),
            ("0200", "200000") => _void.Handle(context),
            ("0200", "310000") => _balance.Handle(context),
            ("0220", "200000") => _refund.Handle(context),
            ("0400", _) => _reversal.Handle(context),
            ("0500", _) => _settlement.Handle(context),
            ("0320", _) => _batchUpload.Handle(context),
            _ => Answers.For(request, context.Forced ? "00" : "12"),
        };
    }

    private static string MaskedCard(Iso8583Message request) =>
        RequestFields.Pan(request) is { } pan ? PanMask.Mask(pan) : "-";
}
