using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Server;

/// <summary>One request of a client: is it a message, what the host makes of it, the answer written back.</summary>
internal sealed partial class FrameServerClient
{
    /// <summary>
    /// A request the codec decodes makes the client active; one that does not is still handed to
    /// the host (it records it, its rules act on it) unless it is one too many, which ends the connection.
    /// </summary>
    private async Task<string?> TakeAsync(byte[] body)
    {
        if (Decodes(body))
        {
            Volatile.Write(ref _lastRequestAt, _options.TimeProvider.GetTimestamp());
            Volatile.Write(ref _spoke, 1);
        }
        else if (++_undecodable >= _options.MaxUndecodableFrames)
        {
            _log.Warning("Client {Client} ({Remote}) sent {Count} frames that are not ISO 8583 messages", Number, Remote, _undecodable);
            return $"{_undecodable} frames that are not ISO 8583 messages";
        }
        _lookedAt.TrySetResult();
        Volatile.Write(ref _busy, 1);
        try
        {
            return await AnswerAsync(body).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private static bool Decodes(byte[] body)
    {
        try
        {
            Iso8583Codec.Decode(body);
            return true;
        }
        catch (Exception)
        {
            // However the codec fails on them, these bytes are not a message.
            return false;
        }
    }

    /// <summary>Handles one request; returns why the connection must end, or null to go on.</summary>
    private async Task<string?> AnswerAsync(byte[] body)
    {
        if (!TcpFrameServer.AcceptsConnections(_endpoint, _log))
            return "the host went offline";
        HostReply reply;
        if (_endpoint is IConcurrentHostEndpoint concurrent)
        {
            // It serialises what it must itself: clients are answered side by side.
            try
            {
                reply = await concurrent.HandleAsync(body).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _log.Warning("Host failed to handle a {Length}-byte request from client {Client} ({Error})", body.Length, Number, e.GetType().Name);
                return $"the host failed ({e.GetType().Name})";
            }
        }
        else
        {
            // Waiting for its turn holds no thread: under a flood, threads stay free to read what new clients sent.
            await _endpointGate.WaitAsync(_stop.Token).ConfigureAwait(false);
            try
            {
                reply = _endpoint.Handle(body);
            }
            catch (Exception e)
            {
                // As the in-memory transport does: a host that fails a request drops the connection.
                _log.Warning("Host failed to handle a {Length}-byte request from client {Client} ({Error})", body.Length, Number, e.GetType().Name);
                return $"the host failed ({e.GetType().Name})";
            }
            finally
            {
                _endpointGate.Release();
            }
        }
        switch (reply)
        {
            case HostReply.Answer answer:
                return await WriteAnswerAsync(answer.Body).ConfigureAwait(false);
            case HostReply.Drop:
                return "the host dropped the connection";
            default:
                return null; // Silence: the client waits and times out by its own clock
        }
    }

    private async Task<string?> WriteAnswerAsync(byte[] body)
    {
        byte[] frame;
        try
        {
            frame = LengthPrefix.Frame(body);
        }
        catch (FramingException e)
        {
            _log.Warning("Host answer to client {Client} cannot be sent: {Problem}", Number, e.Message);
            return $"the host's answer cannot be framed ({e.Message})";
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_options.WriteTimeout);
        try
        {
            var sent = 0;
            while (sent < frame.Length)
                sent += await _socket.SendAsync(frame.AsMemory(sent), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return $"client did not take the answer within {_options.WriteTimeout.TotalSeconds} s";
        }
    }
}
