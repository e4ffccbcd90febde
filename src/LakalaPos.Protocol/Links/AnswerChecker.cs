using System.Security.Cryptography;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.Protocol.Links;

/// <summary>What an answer body meant: the result for the core, the decoded answer, and whether the link is out of step.</summary>
/// <param name="Answer">The decoded answer, null when the bytes are not a message.</param>
/// <param name="OutOfStep">
/// True when the bytes are not a message or answer another request (MTI or trace): such a frame
/// may be a stale or extra one, and the frames after it on that connection cannot be trusted.
/// </param>
internal sealed record AnswerCheck(HostLinkResult Result, Iso8583Message? Answer, bool OutOfStep);

/// <summary>Decides what an answer body means for the request it answers: decodes, matches, verifies its MAC.</summary>
internal sealed class AnswerChecker(ITerminalCrypto crypto, HostLinkSettings settings)
{
    /// <param name="macKey">The MAC key the request was sent under, or null when it went without MAC.</param>
    public AnswerCheck Check(HostRequest request, Iso8583Message sent, byte[]? macKey, byte[] body)
    {
        Iso8583Message decoded;
        try
        {
            decoded = Iso8583Codec.Decode(body);
        }
        catch (Iso8583FormatException e)
        {
            return new AnswerCheck(Malformed(request, $"undecodable answer: {e.Message}"), null, OutOfStep: true);
        }

        var expectedMti = MessageCodes.AnswerTo(sent.Mti);
        if (decoded.Mti != expectedMti)
            return new AnswerCheck(Malformed(request, $"answer MTI {decoded.Mti}, expected {expectedMti}"), decoded, OutOfStep: true);
        if (sent.GetText(11) is { } trace && decoded.GetText(11) != trace)
            return new AnswerCheck(Malformed(request, $"answer trace {decoded.GetText(11) ?? "missing"}, expected {trace}"), decoded, OutOfStep: true);
        return new AnswerCheck(Matched(request, decoded, macKey, body), decoded, OutOfStep: false);
    }

    /// <summary>An answer to this very request: its fields mapped and its MAC verified.</summary>
    private HostLinkResult Matched(HostRequest request, Iso8583Message decoded, byte[]? macKey, byte[] body)
    {
        HostResponse response;
        try
        {
            response = HostResponseMapper.FromMessage(decoded);
        }
        catch (Iso8583FormatException e)
        {
            return Malformed(request, e.Message);
        }

        if (macKey is null || !response.Approved)
            return new HostLinkResult(request, HostLinkOutcome.Answered, response);
        var macProblem = MacProblem(decoded, body, macKey);
        return macProblem is null
            ? new HostLinkResult(request, HostLinkOutcome.Answered, response)
            : new HostLinkResult(request, HostLinkOutcome.BadMac, response, macProblem);
    }

    private string? MacProblem(Iso8583Message answer, byte[] body, byte[] macKey)
    {
        if (answer.GetBinary(64) is not { } received)
            return settings.RequireMacOnApprovedAnswers ? "approved answer without MAC (field 64)" : null;
        byte[] expected;
        try
        {
            var macInput = body.AsSpan(Iso8583Codec.MtiOffset, body.Length - Iso8583Codec.MtiOffset - Iso8583Codec.MacLength);
            expected = crypto.ComputeMac(macInput, macKey);
        }
        catch (Exception e)
        {
            return $"MAC could not be computed ({e.GetType().Name})";
        }
        return CryptographicOperations.FixedTimeEquals(expected, received) ? null : "answer MAC does not verify";
    }

    private static HostLinkResult Malformed(HostRequest request, string detail) =>
        new(request, HostLinkOutcome.Malformed, null, detail);
}
