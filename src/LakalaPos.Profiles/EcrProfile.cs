using System.Globalization;
using System.Net;

namespace LakalaPos.Profiles;

/// <summary>
/// Where the cash register reaches the terminal (the "ecr" section, optional): a TCP address the
/// terminal listens on (one register at a time), or a serial port (9600 8N1 unless the profile says otherwise).
/// </summary>
public sealed record EcrProfile(IPEndPoint? Tcp, SerialPortProfile? Serial)
{
    public const int DefaultBaud = 9600;

    /// <summary>"tcp 127.0.0.1:9100" or "serial /dev/ttyS2 9600 8N1", for logs.</summary>
    public string Describe() => Tcp is not null ? $"tcp {Tcp}" : $"serial {Serial?.Device} {Serial?.LineSettings}";

    /// <summary>An IP address and port to listen on — 127.0.0.1:9100, 0.0.0.0:9100, [::1]:9100 — or null when the text is not one.</summary>
    public static IPEndPoint? ParseListenAddress(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            return null;
        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
            host = host[1..^1];
        else if (host.Contains(':'))
            return null;
        return IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, port) : null;
    }
}
