using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>Request bodies a terminal sends, encoded by the ISO 8583 library: what the server counts as a client talking.</summary>
internal static class Message
{
    public static byte[] SignIn => Iso8583Codec.Encode(Requests.SignIn());

    public static byte[] EchoTest => Iso8583Codec.Encode(Requests.EchoTest());
}
