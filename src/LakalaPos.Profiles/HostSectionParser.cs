using System.Globalization;
using LakalaPos.Shared;

namespace LakalaPos.Profiles;

internal static class HostSectionParser
{
    private static readonly IReadOnlyList<string> LinkNames = ["simulator", "tcp"];

    public static HostProfile Read(JsonSection section, bool isTest)
    {
        var linkName = section.Choice("link", LinkNames) ?? throw section.Missing("link");
        var link = linkName == "tcp" ? HostLinkKind.Tcp : HostLinkKind.Simulator;
        var addressText = section.String("address");
        var address = addressText is null ? null : ParseAddress(section, addressText);
        if (link == HostLinkKind.Tcp && address is null)
            throw section.Error("address", "required for link tcp");

        return new HostProfile(
            link,
            address,
            ReadTpdu(section),
            section.Int("connectTimeoutSeconds", 1, 120) ?? HostProfile.DefaultConnectTimeoutSeconds,
            KeyReader.Read(section, "masterKey", "masterKeyFile", HostProfile.MasterKeyBytes, isTest, TestKeys.MasterKeyHex),
            section.Int("readTimeoutSeconds", 1, 120) ?? HostProfile.DefaultReadWriteTimeoutSeconds,
            section.Int("writeTimeoutSeconds", 1, 120) ?? HostProfile.DefaultReadWriteTimeoutSeconds);
    }

    private static string ReadTpdu(JsonSection section)
    {
        var tpdu = section.RequiredString("tpdu");
        if (!Hex.IsHex(tpdu, 10))
            throw section.Error("tpdu", $"must be 10 hex digits (60, destination, source), was \"{Echo.Cut(tpdu)}\"");
        if (!tpdu.StartsWith("60", StringComparison.Ordinal))
            throw section.Error("tpdu", $"must start with 60 (the TPDU id), was \"{Echo.Cut(tpdu)}\"");
        return tpdu.ToUpperInvariant();
    }

    /// <summary>host:port, or [IPv6]:port.</summary>
    private static HostAddress ParseAddress(JsonSection section, string text)
    {
        var colon = text.LastIndexOf(':');
        var host = colon > 0 ? text[..colon] : "";
        if (host.StartsWith('[') && host.EndsWith(']'))
            host = host[1..^1];
        var portText = colon >= 0 ? text[(colon + 1)..] : "";
        if (host.Length == 0 || host.Any(char.IsWhiteSpace) || (host.Contains(':') && !text.StartsWith('['))
            || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw section.Error("address", $"must be host:port with a port from 1 to 65535, was \"{Echo.Cut(text)}\"");
        return new HostAddress(host, port);
    }
}
