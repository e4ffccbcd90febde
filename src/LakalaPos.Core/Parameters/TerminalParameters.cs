using System.Globalization;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Shared;

namespace LakalaPos.Core.Parameters;

public sealed class ParameterException(string message) : Exception(message);

public enum ParameterRefusalKind
{
    /// <summary>Against the parameter's rule (digits, range, form).</summary>
    AgainstTheRule,

    /// <summary>Below what the journal has used (batch, trace).</summary>
    BelowUsed,

    /// <summary>The current batch has transactions: settle it before moving the batch number.</summary>
    SettleFirst,
}

/// <summary>Why a value was refused; <see cref="Floor"/> is the lowest value allowed when it is below what the journal has used.</summary>
public sealed record ParameterRefusal(ParameterRefusalKind Kind, int? Floor = null)
{
    public static readonly ParameterRefusal AgainstTheRule = new(ParameterRefusalKind.AgainstTheRule);
    public static readonly ParameterRefusal SettleFirst = new(ParameterRefusalKind.SettleFirst);

    public static ParameterRefusal Below(int floor) => new(ParameterRefusalKind.BelowUsed, floor);
}

/// <summary>
/// The terminal's system parameters: defaults from <see cref="ParameterCatalog"/>, overridden by
/// what the journal holds. A change is validated and journaled before it takes effect.
/// </summary>
public sealed class TerminalParameters
{
    private readonly IJournal _journal;
    private readonly Dictionary<string, string> _values;

    /// <param name="defaults">Defaults the hardware profile gives (the host's address and TPDU), over the catalog's.</param>
    /// <param name="overrides">Values for this run only, over the journal's (until set again).</param>
    public TerminalParameters(IJournal journal, IReadOnlyDictionary<string, string>? defaults = null, IReadOnlyDictionary<string, string>? overrides = null)
    {
        _journal = journal;
        _values = ParameterCatalog.All.ToDictionary(p => p.Name, p => p.Default);
        foreach (var (name, value) in defaults ?? new Dictionary<string, string>())
            if (ParameterCatalog.Find(name) is { } def && def.IsValid(value))
                _values[name] = value;
        foreach (var (name, value) in journal.LoadParameters())
            if (ParameterCatalog.Find(name) is { } def && def.IsValid(value))
                _values[name] = value;
        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
            if (ParameterCatalog.Find(name) is { } def && def.IsValid(value))
                _values[name] = value;
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot be set now, or null when it can: the catalog's rule, and
    /// for the batch and trace numbers, never below what the journal has used (a voucher number
    /// must not come round again in a batch).
    /// </summary>
    public ParameterRefusal? Check(string name, string value)
    {
        if (ParameterCatalog.Find(name) is not { } def || !def.IsValid(value))
            return ParameterRefusal.AgainstTheRule;
        switch (name)
        {
            case ParameterCatalog.BatchNo:
                var batch = _journal.CurrentBatch();
                var wanted = int.Parse(value, CultureInfo.InvariantCulture);
                if (wanted < batch)
                    return ParameterRefusal.Below(batch);
                // A batch with transactions in it is settled first: moved on, they would never be settled.
                return wanted != batch && (_journal.ListBatch(batch).Count > 0 || _journal.ListUnreadable(batch).Count > 0)
                    ? ParameterRefusal.SettleFirst
                    : null;
            case ParameterCatalog.TraceNo:
                var next = TraceNumbers.After(_journal.LastTrace());
                return int.Parse(value, CultureInfo.InvariantCulture) < next ? ParameterRefusal.Below(next) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Sets a parameter as 系统管理 would: checked, then on disk (with who did it, when
    /// <paramref name="note"/> is given, in the same journal transaction), then in effect.
    /// </summary>
    public void Set(string name, string value, ChangeNote? note = null)
    {
        var def = ParameterCatalog.Find(name)
            ?? throw new ParameterException($"unknown parameter '{Echo.Cut(name)}'; known: {string.Join(", ", ParameterCatalog.All.Select(p => p.Name))}");
        switch (Check(name, value))
        {
            case { Floor: { } floor }:
                throw new ParameterException($"parameter {name}: {Echo.Cut(value)} is below {floor:000000}, which the journal has already used");
            case { Kind: ParameterRefusalKind.SettleFirst }:
                throw new ParameterException($"parameter {name}: the current batch has transactions; settle it first");
            case not null:
                throw new ParameterException($"parameter {name}: '{Echo.Cut(value)}' is not valid ({def.Rule})");
        }
        if (name is not (ParameterCatalog.BatchNo or ParameterCatalog.TraceNo) && _values[name] == value)
        {
            // The value it has already: nothing to write. (Under run with the embedded simulator, whose port is new each
            // start, saving the address shown would send the next start to a port nobody listens on.)
            return;
        }
        switch (name)
        {
            case ParameterCatalog.BatchNo:
                _journal.SetBatch(int.Parse(value, CultureInfo.InvariantCulture), note);
                break;
            case ParameterCatalog.TraceNo:
                _journal.SetTrace(int.Parse(value, CultureInfo.InvariantCulture) - 1, note);
                break;
            default:
                _journal.SaveParameter(name, value, note);
                _values[name] = value;
                break;
        }
        Changed?.Invoke(name, value);
    }

    /// <summary>
    /// A parameter was set (on disk already): whoever acts on it acts at once — the host link takes
    /// a new address or TPDU before the next request. Raised on the engine's thread.
    /// </summary>
    public event Action<string, string>? Changed;

    public string Get(string name) => _values[name];

    /// <summary>The value the journal holds for <paramref name="name"/> (set through 系统管理), or null when none is stored.</summary>
    public string? Stored(string name) => _journal.LoadParameters().GetValueOrDefault(name);

    public string MerchantNo => Get(ParameterCatalog.MerchantNo);
    public string TerminalNo => Get(ParameterCatalog.TerminalNo);
    public string MerchantName => Get(ParameterCatalog.MerchantName);
    public bool VoidCardRequired => Get(ParameterCatalog.VoidCardRequired) == "true";
    public bool VoidPinRequired => Get(ParameterCatalog.VoidPinRequired) == "true";
    public bool VoidSameDayOnly => Get(ParameterCatalog.VoidSameDayOnly) == "true";
    public long MaxRefundFen => YuanToFen(ParameterCatalog.MaxRefundAmount);
    public long QpsNoPinLimitFen => YuanToFen(ParameterCatalog.QpsNoPinLimit);
    public int ReceiptCopies => int.Parse(Get(ParameterCatalog.ReceiptCopies), CultureInfo.InvariantCulture);
    public bool NegativeSign => Get(ParameterCatalog.NegativeSign) == "true";
    public int ReversalRetries => int.Parse(Get(ParameterCatalog.ReversalRetries), CultureInfo.InvariantCulture);

    private long YuanToFen(string name) => Fen.TryParseYuan(Get(name), out var fen) ? fen : 0;
}
