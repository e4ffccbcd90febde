namespace LakalaPos.Iso8583.Messages;

/// <summary>How a field's data is written: n and z as packed BCD, an and ans as text bytes, b raw.</summary>
public enum Iso8583DataType
{
    /// <summary>Digits, packed BCD.</summary>
    N,

    /// <summary>Track data: digits and '=' (nibble D), packed BCD.</summary>
    Z,

    /// <summary>Letters, digits and space, ASCII.</summary>
    An,

    /// <summary>Printable characters, ASCII (GB18030 where the field allows it).</summary>
    Ans,

    /// <summary>Raw bytes.</summary>
    B,
}

public enum Iso8583LengthType
{
    Fixed,

    /// <summary>1-byte BCD length prefix (00-99).</summary>
    LlVar,

    /// <summary>2-byte BCD length prefix (0000-0999).</summary>
    LllVar,
}

/// <summary>
/// One row of the field table. <see cref="MaxLength"/> counts digits for n/z, bytes for an/ans/b
/// (for ASCII text bytes and characters are the same; GB18030 text counts its bytes).
/// </summary>
/// <param name="Gb18030">Text in GB18030 (Chinese allowed) rather than ASCII: field 63.</param>
public sealed record Iso8583FieldFormat(
    int Field,
    string Name,
    Iso8583DataType Type,
    Iso8583LengthType LengthType,
    int MaxLength,
    bool LeftAligned = false,
    bool Gb18030 = false)
{
    public bool IsBinary => Type == Iso8583DataType.B;

    public bool IsPackedBcd => Type is Iso8583DataType.N or Iso8583DataType.Z;

    /// <summary>As the spec writes it, e.g. "n..19 LLVAR", "an12", "n3 (left)".</summary>
    public string Describe()
    {
        var type = Type.ToString().ToLowerInvariant();
        return LengthType switch
        {
            Iso8583LengthType.Fixed => $"{type}{MaxLength}{(LeftAligned ? " (left)" : "")}",
            Iso8583LengthType.LlVar => $"{type}..{MaxLength} LLVAR",
            _ => $"{type}...{MaxLength:000} LLLVAR",
        };
    }
}
