using System.Security.Cryptography;

namespace LakalaPos.Devices.Serial.Magstripe;

/// <summary>
/// Collects bytes into lines ended by CR, LF or both (empty lines are skipped). A line longer
/// than the limit is noise: it is reported once and dropped up to its end. What it held is
/// wiped, as it may be card data.
/// </summary>
internal sealed class LineAssembler(int maxLength)
{
    private readonly byte[] _line = new byte[maxLength];
    private int _length;
    private bool _discarding;

    /// <summary>Bytes of a line not yet ended are held (or an over-long line is being dropped up to its end).</summary>
    public bool HasHalfLine => _length > 0 || _discarding;

    public void Feed(ReadOnlySpan<byte> bytes, Action<ReadOnlySpan<byte>> line, Action tooLong)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)'\r' or (byte)'\n')
            {
                if (!_discarding && _length > 0)
                    line(_line.AsSpan(0, _length));
                Reset();
            }
            else if (_discarding)
                continue;
            else if (_length == _line.Length)
            {
                Reset();
                _discarding = true;
                tooLong();
            }
            else
                _line[_length++] = b;
        }
    }

    /// <summary>Forgets the half-read line (the port went away).</summary>
    public void Reset()
    {
        CryptographicOperations.ZeroMemory(_line.AsSpan(0, _length));
        _length = 0;
        _discarding = false;
    }
}
