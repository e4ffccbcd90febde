namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// One ISO 8583 message as UnionPay terminals frame it: TPDU, 6-byte header, MTI, fields 2-64.
/// Text fields (n, z, an, ans) are held as their characters (track data with '='), binary
/// fields (b) as bytes. The codec turns it into bytes and back.
/// </summary>
public sealed class Iso8583Message
{
    private readonly SortedDictionary<int, string> _text = new();
    private readonly SortedDictionary<int, byte[]> _binary = new();

    public Iso8583Message(string mti)
    {
        if (mti.Length != 4 || !mti.All(char.IsAsciiDigit))
            throw new ArgumentException($"MTI must be 4 digits, was '{mti}'", nameof(mti));
        Mti = mti;
    }

    public string Mti { get; }

    /// <summary>5 bytes: 60 + destination (2) + source (2).</summary>
    public byte[] Tpdu { get; set; } = [0x60, 0x00, 0x03, 0x00, 0x00];

    /// <summary>6 bytes: application type, spec version, terminal status, processing requirement, reserved.</summary>
    public byte[] Header { get; set; } = [0x60, 0x31, 0x00, 0x31, 0x00, 0x00];

    public IEnumerable<int> FieldNumbers => _text.Keys.Concat(_binary.Keys).Order();

    public bool Has(int field) => _text.ContainsKey(field) || _binary.ContainsKey(field);

    public Iso8583Message Set(int field, string value)
    {
        CheckField(field);
        _binary.Remove(field);
        _text[field] = value;
        return this;
    }

    public Iso8583Message Set(int field, byte[] value)
    {
        CheckField(field);
        _text.Remove(field);
        _binary[field] = value;
        return this;
    }

    public void Remove(int field)
    {
        _text.Remove(field);
        _binary.Remove(field);
    }

    public string? GetText(int field) => _text.GetValueOrDefault(field);

    public byte[]? GetBinary(int field) => _binary.GetValueOrDefault(field);

    /// <summary>The value as replay checks compare it: text as is, binary as upper-case hex.</summary>
    public string? GetDisplay(int field) =>
        _text.TryGetValue(field, out var t) ? t : _binary.TryGetValue(field, out var b) ? Convert.ToHexString(b) : null;

    /// <summary>The MTI and which fields are present, never their values (they may hold card data).</summary>
    public override string ToString() => $"{Mti} [{string.Join(',', FieldNumbers)}]";

    private static void CheckField(int field)
    {
        if (field is < 2 or > 64)
            throw new ArgumentOutOfRangeException(nameof(field), field, "fields 2-64 only (no secondary bitmap)");
    }
}
