namespace LakalaPos.Iso8583.Framing;

/// <summary>What a host does with one request: answer it, stay silent, drop the connection, or refuse to connect.</summary>
public abstract record HostReply
{
    /// <summary>An answer body (TPDU + header + MTI + ..., no length prefix) — or bytes that are not a message at all.</summary>
    public sealed record Answer(byte[] Body) : HostReply;

    /// <summary>The host keeps the connection but never answers (a time-out for the terminal).</summary>
    public sealed record Silence : HostReply;

    /// <summary>The host closes the connection without answering.</summary>
    public sealed record Drop : HostReply;
}

/// <summary>
/// The host side of a link, as the in-memory transport reaches it: the host simulator implements
/// it, and the TCP server hosts the same object. Bodies are without the 2-byte length prefix.
/// </summary>
public interface IHostEndpoint
{
    /// <summary>False while the host is offline: connections are refused and nothing reaches it.</summary>
    bool AcceptsConnections { get; }

    HostReply Handle(byte[] requestBody);
}
