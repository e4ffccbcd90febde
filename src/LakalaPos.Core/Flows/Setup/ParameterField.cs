using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Money;
using LakalaPos.Core.Parameters;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Setup;

/// <summary>How a parameter is typed on the keypad.</summary>
public enum FieldKind
{
    /// <summary>Digits, up to the field's length (merchant and terminal numbers, TPDU, batch, trace, copies).</summary>
    Digits,

    /// <summary>An amount in fen, right to left, as amounts are typed everywhere (shown 1000.00, kept in yuan).</summary>
    Amount,

    /// <summary>1 yes, 0 no.</summary>
    YesNo,

    /// <summary>1 中文, 2 English.</summary>
    Language,

    /// <summary>The IP address as 12 digits (three an octet), then the port.</summary>
    HostAddress,

    /// <summary>Shown, not typed: a numeric keypad cannot type a merchant name (it comes with the host's parameter download, or the `param` command).</summary>
    ReadOnly,
}

/// <summary>
/// One parameter's screen in 系统管理: its name as the catalog knows it, its label, how it is
/// typed, and the reason shown when a value is refused.
/// </summary>
public sealed record ParameterField(string Name, Phrase Label, FieldKind Kind, int Digits, Phrase Rule)
{
    /// <summary>The current value as the screen shows it.</summary>
    public string Current(TerminalContext ctx) => Name switch
    {
        ParameterCatalog.BatchNo => ctx.Journal.CurrentBatch().ToString("000000", CultureInfo.InvariantCulture),
        ParameterCatalog.TraceNo => Journal.TraceNumbers.After(ctx.Journal.LastTrace()).ToString("000000", CultureInfo.InvariantCulture),
        _ => Kind switch
        {
            FieldKind.YesNo => ctx.Say(ctx.Parameters.Get(Name) == "true" ? Phrase.Yes : Phrase.No),
            FieldKind.Language => ctx.Say(ctx.Parameters.Get(Name) == "en" ? Phrase.LanguageEn : Phrase.LanguageZh),
            _ => ctx.Parameters.Get(Name),
        },
    };

    /// <summary>What was typed as the parameter's value, or null when it cannot be one (the rule is shown).</summary>
    public string? ValueOf(string typed, long fen) => Kind switch
    {
        FieldKind.Amount => Fen.Format(fen),
        FieldKind.YesNo => typed switch { "1" => "true", "0" => "false", _ => null },
        FieldKind.Language => typed switch { "1" => "zh", "2" => "en", _ => null },
        _ => typed.Length == 0 ? null : typed,
    };
}
