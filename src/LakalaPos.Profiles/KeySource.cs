using LakalaPos.Shared;

namespace LakalaPos.Profiles;

/// <summary>
/// Where a key comes from: written in the profile (test profiles only) or a file holding it as hex.
/// ToString never shows key bytes, so a profile can be logged.
/// </summary>
public sealed class KeySource
{
    private readonly byte[]? _inline;

    private KeySource(byte[]? inline, string? filePath, int length)
    {
        _inline = inline;
        FilePath = filePath;
        Length = length;
    }

    public static KeySource Inline(byte[] key) => new((byte[])key.Clone(), null, key.Length);

    /// <param name="filePath">A file holding the key as hex digits; a relative path is taken from the working directory.</param>
    /// <param name="length">The key length in bytes the file must hold.</param>
    public static KeySource FromFile(string filePath, int length) => new(null, filePath, length);

    public bool IsInline => _inline is not null;

    public string? FilePath { get; }

    /// <summary>Key length in bytes.</summary>
    public int Length { get; }

    /// <summary>The key bytes (a copy); a key file is read now. Throws <see cref="HardwareProfileException"/> naming the file when it cannot be used.</summary>
    public byte[] ReadKey()
    {
        if (_inline is not null)
            return (byte[])_inline.Clone();
        string text;
        try
        {
            text = File.ReadAllText(FilePath!).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HardwareProfileException(FilePath!, null, $"cannot read key file: {Echo.Cut(e.Message, Echo.MaxPathCharacters)}");
        }
        if (!Hex.IsHex(text, Length * 2))
            throw new HardwareProfileException(FilePath!, null, $"must hold {Length * 2} hex digits, holds {text.Length} characters");
        return Convert.FromHexString(text);
    }

    public override string ToString() => IsInline ? $"inline key ({Length} bytes)" : $"key file {FilePath}";
}
