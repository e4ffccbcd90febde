using LakalaPos.Devices.Ports;
using LakalaPos.Ecr.Register;

namespace LakalaPos.Terminal.Tests.Serial.Support;

/// <summary>
/// A cash register on the master side of a pty: the terminal's profile names the pty's slave as
/// its register port; the test asks through <see cref="EcrRegister"/> over this end, or writes raw
/// bytes (garbled frames) with <see cref="SendRaw"/>.
/// </summary>
internal sealed class RegisterPty : IEcrConnection
{
    private readonly PseudoTerminal _pty = PseudoTerminal.Open();
    private readonly byte[] _buffer = new byte[4096];

    /// <summary>The device path the terminal opens.</summary>
    public string DevicePath => _pty.SlavePath;

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        var count = _pty.Read(_buffer, timeout);
        if (count <= 0)
            return 0;
        var taken = Math.Min(count, buffer.Length);
        _buffer.AsSpan(0, taken).CopyTo(buffer);
        return taken;
    }

    public void Write(ReadOnlySpan<byte> bytes) => _pty.Write(bytes, TimeSpan.FromSeconds(5));

    public void SendRaw(ReadOnlySpan<byte> bytes) => Write(bytes);

    /// <summary>Reads whatever comes within <paramref name="time"/> (the terminal's ACK, NAK or answer).</summary>
    public byte[] ReadFor(TimeSpan time)
    {
        var all = new List<byte>();
        var until = DateTime.UtcNow + time;
        var buffer = new byte[4096];
        while (DateTime.UtcNow < until)
        {
            var count = Read(buffer, TimeSpan.FromMilliseconds(50));
            all.AddRange(buffer.AsSpan(0, count).ToArray());
        }
        return all.ToArray();
    }

    /// <summary>
    /// Reads until a NAK comes (at most <paramref name="patience"/>), then for a short quiet while
    /// more: what the terminal said to bytes it refused.
    /// </summary>
    public byte[] ReadUntilNak(TimeSpan patience)
    {
        var all = new List<byte>();
        var until = DateTime.UtcNow + patience;
        var buffer = new byte[4096];
        while (DateTime.UtcNow < until && !all.Contains(0x15))
            all.AddRange(buffer.AsSpan(0, Read(buffer, TimeSpan.FromMilliseconds(50))).ToArray());
        all.AddRange(ReadFor(TimeSpan.FromMilliseconds(300)));
        return all.ToArray();
    }

    /// <summary>The register's connection is this pty for the whole test: "closing" it keeps the pty open.</summary>
    public void Dispose()
    {
    }

    public void Close() => _pty.Dispose();
}
