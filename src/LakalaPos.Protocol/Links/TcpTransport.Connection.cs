using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
namespace LakalaPos.Protocol.Links;

/// <summary>The connection's life: made or reused, frames from it, its end.</summary>
public sealed partial class TcpTransport
{
    /// <summary>
    /// The open connection to <paramref name="target"/> if the host has not closed it, else a new one within
    /// <paramref name="connectTimeout"/> (<paramref name="limit"/> is the time-out the caller promised, named when
    /// it runs out); an open connection to another address (the host address changed) is closed. Call only while holding the wire.
    /// </summary>
    private async Task<(TcpHostConnection? Connection, string? Problem)> LiveConnectionAsync(TcpTransportSettings target, TimeSpan connectTimeout, TimeSpan limit)
    {
        TcpHostConnection? current;
        lock (_gate)
            current = _connection;
        if (current is not null)
        {
            if (current.Address != target.Address)
                CloseConnection(current, $"the host address changed to {target.Address}");
            else if (current.LooksAlive())
                return (current, null);
            else
                CloseConnection(current, "found closed by the host");
        }
        TcpHostConnection opened;
        try
        {
            opened = await TcpHostConnection.OpenAsync(target, Interlocked.Increment(ref _connectionCount), connectTimeout, _shutdown.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_shutdown.IsCancellationRequested)
        {
            _log.Warning("No connection to host {Address} within {Seconds} s", target.Address, limit.TotalSeconds);
            return (null, $"no connection within {limit.TotalSeconds} s");
        }
        catch (Exception e)
        {
            var problem = _shutdown.IsCancellationRequested ? "the transport is closed" : $"connection failed ({Describe(e)})";
            _log.Warning("Cannot connect to host {Address}: {Problem}", target.Address, problem);
            return (null, problem);
        }
        lock (_gate)
        {
            if (_disposed)
            {
                opened.Close();
                return (null, "the transport is closed");
            }
            _connection = opened;
        }
        _log.Information("Connected to host {Address} (connection {Connection})", opened.Address, opened.Number);
        opened.StartReading(OnFrame, OnConnectionEnded);
        return (opened, null);
    }

    private void OnFrame(TcpHostConnection connection, byte[] body)
    {
        Exchange? answered = null;
        lock (_gate)
        {
            if (_outstanding is { } current && current.Connection == connection)
            {
                answered = current;
                _outstanding = null;
                _answered = current;
            }
        }
        if (answered is null)
        {
            // Nobody waits for it on this connection: an extra or stale frame. Taking it for the
            // next request's answer would put every later answer out of step.
            _log.Warning("Unexpected {Length}-byte frame from host on connection {Connection} discarded: {Frame}",
                body.Length, connection.Number, SafeHex.ForLog(body));
            return;
        }
        Raise(new TransportEvent.Answer(answered.Id, body));
        if (IsStale(connection))
            CloseConnection(connection, $"the host address changed to {Address}");
    }

    /// <summary>True when the host address changed since <paramref name="connection"/> was opened: no further request goes on it.</summary>
    private bool IsStale(TcpHostConnection connection)
    {
        lock (_gate)
            return connection.Address != _settings.Address && _outstanding?.Connection != connection;
    }

    private void OnConnectionEnded(TcpHostConnection connection, string reason)
    {
        Exchange? lost = null;
        lock (_gate)
        {
            if (_outstanding is { } current && current.Connection == connection)
            {
                lost = current;
                _outstanding = null;
            }
        }
        CloseConnection(connection, reason);
        if (lost is not null)
            Raise(new TransportEvent.ConnectionLost(lost.Id, reason));
    }

    private void CloseConnection(TcpHostConnection connection, string reason)
    {
        lock (_gate)
        {
            if (_connection == connection)
                _connection = null;
        }
        if (connection.Close())
            _log.Information("Disconnected from host {Address} (connection {Connection}): {Reason}", connection.Address, connection.Number, reason);
    }
}
