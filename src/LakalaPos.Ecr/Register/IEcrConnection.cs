namespace LakalaPos.Ecr.Register;

/// <summary>A register's connection to a terminal: a TCP socket, a serial port. Disposing closes it.</summary>
public interface IEcrConnection : IDisposable
{
    /// <summary>Waits up to <paramref name="timeout"/> for bytes and copies them; 0 when none came. An <see cref="IOException"/> when the connection is gone.</summary>
    int Read(Span<byte> buffer, TimeSpan timeout);

    /// <summary>Writes every byte; an <see cref="IOException"/> when the connection is gone.</summary>
    void Write(ReadOnlySpan<byte> bytes);
}
