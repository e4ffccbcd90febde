using System.Globalization;

namespace LakalaPos.Core.Host;

/// <summary>
/// "host:port" or "[ipv6]:port" — the one reading of a host address, for the hostAddress
/// parameter's rule and for the link that connects to it, so no value the rule accepts can fail
/// the link (and stop the terminal from starting) after a power cycle.
/// </summary>
public static class HostAddressText
{
    /// <summary>The host (brackets removed) and port; false unless the port is digits 1-65535 and the host is non-empty, with no space or control character.</summary>
    public static bool TrySplit(string text, out string host, out int port)
    {
        host = "";
        port = 0;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            return false;
        var name = text[..colon];
        if (name.StartsWith('[') && name.EndsWith(']'))
            name = name[1..^1];
        if (name.Length == 0 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '[' or ']'))
            return false;
        host = name;
        return true;
    }
}
