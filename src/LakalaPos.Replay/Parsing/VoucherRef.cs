using System.Globalization;

namespace LakalaPos.Replay.Parsing;

/// <summary>Which journal entry a line means: a voucher number, or the newest entry (<c>last</c>).</summary>
public sealed record VoucherRef(int? Number)
{
    public static VoucherRef Last { get; } = new((int?)null);

    public bool IsLast => Number is null;

    /// <summary>Exactly 6 digits, or <c>last</c>.</summary>
    public static bool TryParse(string text, out VoucherRef voucher)
    {
        voucher = Last;
        if (text == "last")
            return true;
        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
            return false;
        voucher = new VoucherRef(int.Parse(text, CultureInfo.InvariantCulture));
        return true;
    }

    public override string ToString() => Number is { } n ? n.ToString("D6", CultureInfo.InvariantCulture) : "last";
}
