namespace LakalaPos.Iso8583.Framing;

/// <summary>
/// Cuts a byte stream into bodies, whatever the pieces the socket delivers them in.
/// A zero length or one over <see cref="MaxBodyLength"/> means the stream cannot be trusted:
/// <see cref="TryTake"/> throws <see cref="FramingException"/> and keeps refusing until <see cref="Reset"/>.
/// </summary>
public sealed class FrameReader(int maxBodyLength = FrameReader.DefaultMaxBodyLength)
{
    /// <summary>Comfortably above the largest message the field table allows.</summary>
    public const int DefaultMaxBodyLength = 4096;

    private readonly List<byte> _pending = [];
    private string? _fault;

    public int MaxBodyLength { get; } = maxBodyLength is > 0 and <= LengthPrefix.LargestBody
        ? maxBodyLength
        : throw new ArgumentOutOfRangeException(nameof(maxBodyLength), maxBodyLength, $"between 1 and {LengthPrefix.LargestBody}");

    /// <summary>Bytes received and not yet taken as a body.</summary>
    public int BufferedCount => _pending.Count;

    public void Append(ReadOnlySpan<byte> received)
    {
        foreach (var b in received)
            _pending.Add(b);
    }

    /// <summary>The next complete body, if all its bytes have arrived.</summary>
    public bool TryTake(out byte[] body)
    {
        body = [];
        if (_fault is not null)
            throw new FramingException(_fault);
        if (_pending.Count < LengthPrefix.PrefixLength)
            return false;
        var length = (_pending[0] << 8) | _pending[1];
        if (length == 0 || length > MaxBodyLength)
        {
            _fault = length == 0
                ? "frame length 0: no message is empty"
                : $"frame length {length} is over the maximum {MaxBodyLength}";
            throw new FramingException(_fault);
        }
        if (_pending.Count < LengthPrefix.PrefixLength + length)
            return false;
        body = _pending.GetRange(LengthPrefix.PrefixLength, length).ToArray();
        _pending.RemoveRange(0, LengthPrefix.PrefixLength + length);
        return true;
    }

    /// <summary>Forget everything buffered and any fault (a new connection).</summary>
    public void Reset()
    {
        _pending.Clear();
        _fault = null;
    }
}
