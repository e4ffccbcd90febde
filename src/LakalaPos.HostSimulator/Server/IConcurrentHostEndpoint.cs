using LakalaPos.Iso8583.Framing;

namespace LakalaPos.HostSimulator.Server;

/// <summary>
/// A host endpoint that takes requests of many clients at once (it serialises what must be
/// serialised itself) and answers asynchronously, so a request waiting for its group commit
/// holds no thread. <see cref="TcpFrameServer"/> hands it each client's requests without its
/// one-at-a-time gate; a client still sends its next request only after the last one's answer.
/// </summary>
public interface IConcurrentHostEndpoint : IHostEndpoint
{
    ValueTask<HostReply> HandleAsync(byte[] requestBody);
}
