using System.Security.Cryptography;
using LakalaPos.HostSimulator.Crypto;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Processing;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Framing;

namespace LakalaPos.HostSimulator.Wire;

/// <summary>The thin edge between bytes and decisions: checking a request's MAC and turning a decision into a reply.</summary>
internal sealed class WireEdge(IHostCrypto crypto, IHostStore store)
{
    /// <summary>What the MAC of a request proves. Without session keys it cannot be checked (the processor asks for a sign-in anyway).</summary>
    public RequestMac CheckMac(byte[] body, Iso8583Message request)
    {
        if (request.GetBinary(64) is not { } received)
            return RequestMac.Absent;
        var keys = store.SessionKeys(RequestFields.Terminal(request));
        if (keys is null)
            return RequestMac.Invalid;
        const int macLength = Iso8583Codec.MacLength;
        var expected = crypto.Mac(Iso8583Codec.MacInput(body), keys.MacKey);
        return expected.Length >= macLength && received.Length == macLength
            && CryptographicOperations.FixedTimeEquals(expected.AsSpan(0, macLength), received)
            ? RequestMac.Valid
            : RequestMac.Invalid;
    }

    public HostReply Render(HostDecision decision) => decision switch
    {
        HostDecision.Respond respond => new HostReply.Answer(Encode(respond)),
        HostDecision.StaySilent => new HostReply.Silence(),
        HostDecision.DropConnection => new HostReply.Drop(),
        HostDecision.SendGarbage => new HostReply.Answer(GarbageBytes.Create()),
        _ => throw new InvalidOperationException($"unknown decision {decision.GetType().Name}"),
    };

    private byte[] Encode(HostDecision.Respond respond)
    {
        var answer = respond.Answer;
        var macKey = respond.Keys?.MacKey;
        return respond.Mac switch
        {
            ResponseMac.Correct when macKey is not null => Iso8583Codec.EncodeWithMac(answer, input => Mac(input, macKey)),
            ResponseMac.Wrong => Iso8583Codec.EncodeWithMac(answer, input => WrongMac(input, macKey)),
            _ => Iso8583Codec.Encode(answer),
        };
    }

    /// <summary>Still 8 hex characters as a real MAC is, but every one differs from the right MAC's.</summary>
    private byte[] WrongMac(ReadOnlySpan<byte> input, byte[]? macKey)
    {
        if (macKey is null)
            return "FFFFFFFF"u8.ToArray();
        const string hexDigits = "0123456789ABCDEF";
        var right = Mac(input, macKey);
        var wrong = new byte[Iso8583Codec.MacLength];
        for (var i = 0; i < wrong.Length; i++)
        {
            var index = hexDigits.IndexOf((char)right[i]);
            wrong[i] = (byte)hexDigits[(index + 1 + hexDigits.Length) % hexDigits.Length];
        }
        return wrong;
    }

    /// <summary>
    /// Field 64 is the first 8 bytes of what <see cref="IHostCrypto.Mac"/> gives: an implementation
    /// that returns more is still accepted, one that returns fewer is a host fault.
    /// </summary>
    private byte[] Mac(ReadOnlySpan<byte> input, byte[] macKey)
    {
        var value = crypto.Mac(input, macKey);
        if (value.Length < Iso8583Codec.MacLength)
            throw new InvalidOperationException($"a MAC has {Iso8583Codec.MacLength} bytes, the host crypto gave {value.Length}");
        return value[..Iso8583Codec.MacLength];
    }
}
