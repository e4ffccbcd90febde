using FluentAssertions;
using System.Security.Cryptography;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Security;
using Serilog;
using Serilog.Core;
using Serilog.Events;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// Stand-in crypto with the real shapes: field 62 is PIN key (16) + 4 + MAC key (8) + 12 in clear,
/// the PIN block is the padded PIN XOR the PIN key, the MAC is the XOR of all blocks XOR the MAC key.
/// </summary>
internal sealed class FakeCrypto : ITerminalCrypto
{
    public static readonly byte[] PinKey = Convert.FromHexString("11111111111111112222222222222222");
    public static readonly byte[] MacKey = Convert.FromHexString("3333333333333333");

    public static byte[] Field62 => [.. PinKey, 0, 0, 0, 0, .. MacKey, .. new byte[12]];

    public WorkingKeys UnpackWorkingKeys(byte[] field62, byte[] masterKey16) =>
        field62.Length == 40 ? new WorkingKeys(field62[..16], field62[20..28]) : throw new CryptographicException("wrong length");

    public byte[] EncryptPin(string pin, string pan, byte[] pinKey16)
    {
        var block = Convert.FromHexString(pin.PadRight(16, 'F'));
        for (var i = 0; i < 8; i++)
            block[i] ^= pinKey16[i];
        return block;
    }

    public byte[] ComputeMac(ReadOnlySpan<byte> macInput, byte[] macKey8) => Mac(macInput, macKey8);

    public static byte[] Mac(ReadOnlySpan<byte> data, byte[] key)
    {
        var mac = (byte[])key.Clone();
        for (var i = 0; i < data.Length; i++)
            mac[i % 8] ^= data[i];
        return mac;
    }
}

/// <summary>A host that answers each request as the test says; by default approves, MACing with the fake MAC key.</summary>
internal sealed class FakeHost : IHostEndpoint
{
    public bool AcceptsConnections { get; set; } = true;

    public List<Iso8583Message> Received { get; } = [];

    public Func<Iso8583Message, HostReply> Behaviour { get; set; } = request => Approve(request);

    public HostReply Handle(byte[] requestBody)
    {
        var request = Iso8583Codec.Decode(requestBody);
        Received.Add(request);
        return Behaviour(request);
    }

    public static HostReply Approve(Iso8583Message request) => new HostReply.Answer(AnswerBody(request, "00"));

    /// <summary>The answer to <paramref name="request"/>: MTI + 10, 11/41/42 echoed, 39, an RRN; MACed when the request was.</summary>
    public static byte[] AnswerBody(Iso8583Message request, string code, Action<Iso8583Message>? more = null, bool? mac = null)
    {
        var answer = new Iso8583Message(LakalaPos.Iso8583.Fields.MessageCodes.AnswerTo(request.Mti))
        {
            Tpdu = [request.Tpdu[0], request.Tpdu[3], request.Tpdu[4], request.Tpdu[1], request.Tpdu[2]],
        };
        foreach (var field in new[] { 2, 3, 4, 11, 41, 42 })
        {
            if (request.GetText(field) is { } value)
                answer.Set(field, value);
        }
        answer.Set(37, "000000000042").Set(38, "123456").Set(39, code);
        more?.Invoke(answer);
        return mac ?? request.Has(64)
            ? Iso8583Codec.EncodeWithMac(answer, data => FakeCrypto.Mac(data, FakeCrypto.MacKey))
            : Iso8583Codec.Encode(answer);
    }
}

/// <summary>A transport whose answers the test delivers when it likes (the TCP case: late answers).</summary>
internal sealed class ScriptedTransport : IFrameTransport
{
    public List<(long Id, byte[] Body)> Sent { get; } = [];

    public event EventHandler<TransportEvent>? Event;

    public bool IsReachable() => true;

    public void Send(long exchangeId, byte[] body) => Sent.Add((exchangeId, body));

    public List<long> Abandoned { get; } = [];

    public void Abandon(long exchangeId) => Abandoned.Add(exchangeId);

    public void Deliver(TransportEvent e) => Event?.Invoke(this, e);
}

/// <summary>A link on the in-memory transport to a fake host, with the results it reported.</summary>
internal sealed class LinkHarness
{
    public LinkHarness(ITerminalCrypto? crypto = null, bool requireMac = true)
    {
        Link = new Iso8583HostLink(new InMemoryTransport(Host),
            new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey, RequireMacOnApprovedAnswers = requireMac },
            Log.Logger(), crypto ?? new FakeCrypto());
        Link.Completed += (_, result) => Results.Add(result);
    }

    public FakeHost Host { get; } = new();
    public CollectingSink Log { get; } = new();
    public Iso8583HostLink Link { get; }
    public List<HostLinkResult> Results { get; } = [];

    public HostLinkResult Send(HostRequest request)
    {
        var before = Results.Count;
        Link.Send(request);
        Results.Count.Should().Be(before + 1, "the in-memory link reports before Send returns");
        return Results[^1];
    }

    /// <summary>Signs in with an answer carrying the fake working keys.</summary>
    public void SignIn()
    {
        var behaviour = Host.Behaviour;
        Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(62, FakeCrypto.Field62)));
        Send(TestData.SignIn()).Outcome.Should().Be(HostLinkOutcome.Answered);
        Host.Behaviour = behaviour;
        Link.HasWorkingKeys.Should().BeTrue();
    }
}
