using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Setup;

/// <summary>
/// One parameter's screen in 系统管理: the current value, then the new one typed as the field
/// says; a value that cannot be is refused with the reason and asked again. A change is checked,
/// journaled (with who and when), and in effect at once — a new host address or TPDU before the
/// next request, a new language on the very next screen — then "设置成功" and back to the group.
/// </summary>
public sealed class ParameterEditActivity : StepFlow<ParameterEditActivity, ParameterEditActivity.Step>
{
    public enum Step { Value, Port }

    public static readonly FlowTable<ParameterEditActivity, Step> Flow =
        new FlowTable<ParameterEditActivity, Step>("ParameterEdit",
                "Shows one system parameter and takes a new value, refused with its reason or saved and in effect at once.", Step.Value)
            .Step(Step.Value, (f, ctx) => f.ValueScreen(ctx), s => s
                .Field(f => f.Entry)
                .On(Key.Enter).When("read-only", (f, _) => f._field.Kind == FieldKind.ReadOnly).Exit("back to the group", (f, _, _) => f._back())
                .On(Key.Enter).When("not an IP address", (f, _) => f._field.Kind == FieldKind.HostAddress && IpOf(f._digits.Value) is null)
                    .Stay((f, _, _) => f.Retype(f._digits, Phrase.RuleIpAddress))
                .On(Key.Enter).When("IP address", (f, _) => f._field.Kind == FieldKind.HostAddress).To(Step.Port)
                .On(Key.Enter).Then((f, ctx, _) => f.Submit(ctx, f.Typed), "saved: back to the group", "Value (refused, the reason shown)"))
            .Step(Step.Port, (f, ctx) => [ctx.Say(f._field.Label), IpOf(f._digits.Value) ?? "", ctx.Say(Phrase.EnterPort), f._port.Shown], s => s
                .Field(f => f._port)
                .On(Key.Enter).When("not 1-65535", (f, _) => !int.TryParse(f._port.Value, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                    .Stay((f, _, _) => f.Retype(f._port, Phrase.RulePort))
                .On(Key.Enter).Then((f, ctx, _) => f.Submit(ctx, f.Address), "saved: back to the group", "Port (refused, the reason shown)"));

    private static readonly IKeyEntry NoEntry = new Nothing();

    private readonly ParameterField _field;
    private readonly Func<Activity> _back;
    private readonly DigitEntry _digits;
    private readonly AmountEntry _amount = new();
    private readonly DigitEntry _port = new(5, masked: false);

    public ParameterEditActivity(ParameterField field, Func<Activity> back)
    {
        _field = field;
        _back = back;
        _digits = new DigitEntry(Math.Max(field.Digits, 1), masked: false);
    }

    protected override FlowTable<ParameterEditActivity, Step> Table => Flow;

    public override string Name => $"ParameterEdit({_field.Name})/{CurrentStep}";

    private IKeyEntry Entry => _field.Kind switch
    {
        FieldKind.ReadOnly => NoEntry,
        FieldKind.Amount => _amount,
        _ => _digits,
    };

    private string? Typed => _field.ValueOf(_digits.Value, _amount.Fen);

    private string Address => $"{IpOf(_digits.Value)}:{int.Parse(_port.Value, CultureInfo.InvariantCulture)}";

    private IEnumerable<string> ValueScreen(TerminalContext ctx)
    {
        yield return ctx.Say(_field.Label);
        yield return ctx.Say(Phrase.CurrentValue, _field.Current(ctx));
        switch (_field.Kind)
        {
            case FieldKind.ReadOnly:
                yield return ctx.Say(Phrase.NotKeyable);
                yield return ctx.Say(Phrase.SetByDownload);
                yield break;
            case FieldKind.HostAddress:
                yield return ctx.Say(Phrase.EnterIpAddress);
                yield return Dotted(_digits.Value);
                yield break;
            case FieldKind.YesNo:
                yield return ctx.Say(Phrase.YesNoChoice);
                break;
            case FieldKind.Language:
                yield return ctx.Say(Phrase.LanguageChoice);
                break;
            default:
                yield return ctx.Say(Phrase.NewValue);
                break;
        }
        yield return _field.Kind == FieldKind.Amount ? _amount.Shown : _digits.Shown;
    }

    /// <summary>The value checked once: saved (and back to the group), or refused with the reason under the emptied field.</summary>
    private void Submit(TerminalContext ctx, string? value)
    {
        var refusal = value is null ? Parameters.ParameterRefusal.AgainstTheRule : ctx.Parameters.Check(_field.Name, value);
        if (refusal is null)
        {
            ctx.Go(Save(ctx, value!));
            return;
        }
        Refuse(ctx, refusal);
        Redraw(ctx);
    }

    private void Refuse(TerminalContext ctx, Parameters.ParameterRefusal refusal)
    {
        ctx.Log.Information("System parameter {Name}: the value typed was refused ({Reason})", _field.Name, refusal.Kind);
        _digits.Reset();
        _amount.Reset();
        _port.Reset();
        switch (refusal)
        {
            case { Floor: { } floor }:
                Notice(Phrase.RuleBelowUsed, floor.ToString("000000", CultureInfo.InvariantCulture));
                break;
            case { Kind: Parameters.ParameterRefusalKind.SettleFirst }:
                Notice(Phrase.RuleSettleFirst);
                break;
            default:
                Notice(_field.Rule);
                break;
        }
    }

    /// <summary>The field is emptied and typed again, the reason under it.</summary>
    private void Retype(DigitEntry field, Phrase why)
    {
        field.Reset();
        Notice(why);
    }

    private Activity Save(TerminalContext ctx, string value)
    {
        ctx.Parameters.Set(_field.Name, value, SetupNote.By(ctx, OperatorRules.AdminNo, $"{_field.Name} {value}"));
        ctx.Log.Information("System parameter {Name} set to {Value} by the admin (cashier {SignedIn} signed in)", _field.Name, value, ctx.Session.OperatorNo);
        return new MessageActivity(Screen.Of(ctx.Say(_field.Label), ctx.Say(Phrase.Saved)), _back);
    }

    /// <summary>12 digits, three an octet, each 0-255: "127000000001" → "127.0.0.1"; else null.</summary>
    private static string? IpOf(string digits)
    {
        if (digits.Length != 12)
            return null;
        var octets = Enumerable.Range(0, 4).Select(i => int.Parse(digits.AsSpan(i * 3, 3), CultureInfo.InvariantCulture)).ToArray();
        return octets.All(o => o <= 255) ? string.Join('.', octets) : null;
    }

    /// <summary>The digits typed so far, a dot after every three: "127000" → "127.000".</summary>
    private static string Dotted(string digits) => string.Join('.', digits.Chunk(3).Select(c => new string(c)));

    private sealed class Nothing : IKeyEntry
    {
        public bool Accept(Key key) => false;
    }
}
