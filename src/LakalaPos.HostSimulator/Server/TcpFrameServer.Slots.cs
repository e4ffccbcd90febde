using System.Net;
using System.Net.Sockets;

namespace LakalaPos.HostSimulator.Server;

/// <summary>
/// Who gets a slot. A new connection always gets one unless every client it could replace is being
/// answered: when its address has <see cref="TcpFrameServerOptions.MaxClientsPerAddress"/> clients, or
/// the server <see cref="TcpFrameServerOptions.MaxClients"/>, the client that has waited longest gives
/// up its slot — first one that never sent a message the codec decodes (oldest connection first),
/// else the one idle longest since its last message. Idle and junk-sending peers cannot lock a
/// terminal out: they are the first to go, and a terminal talks at once.
/// </summary>
public sealed partial class TcpFrameServer
{
    /// <summary>Whether the new client fits; the client to close for it, and why (or why there is no room).</summary>
    private readonly record struct Room(bool Found, FrameServerClient? Evicted, string Why);

    /// <summary>Under <see cref="_gate"/>: finds room for a client from <paramref name="address"/>, taking the evicted one out of the list.</summary>
    private Room MakeRoom(IPAddress? address)
    {
        var sameAddress = address is null ? [] : _clients.Values.Where(c => address.Equals(c.Address)).ToList();
        string full;
        IEnumerable<FrameServerClient> candidates;
        if (sameAddress.Count >= _options.MaxClientsPerAddress)
        {
            full = $"{sameAddress.Count} clients from {address} are connected, the most one address may have";
            candidates = sameAddress;
        }
        else if (_clients.Count >= _options.MaxClients)
        {
            full = $"{_clients.Count} clients are connected, the most allowed";
            candidates = _clients.Values;
        }
        else
        {
            return new Room(true, null, "");
        }
        var evicted = candidates.Where(c => !c.IsBusy)
            .OrderBy(c => c.HasSpoken).ThenBy(c => c.IdleSince).ThenBy(c => c.Number)
            .FirstOrDefault();
        if (evicted is null)
            return new Room(false, null, full);
        _clients.Remove(evicted.Number);
        return new Room(true, evicted, $"{full}: the slot of the client waiting longest goes to a new connection");
    }

    /// <summary>The peer's IP address (an IPv4 address mapped into IPv6 as IPv4); null when the connection is already gone.</summary>
    internal static IPAddress? AddressOf(Socket socket)
    {
        try
        {
            return socket.RemoteEndPoint is IPEndPoint { Address: var address }
                ? address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address
                : null;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return null;
        }
    }
}
