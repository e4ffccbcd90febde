using System.Security.Cryptography;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.Protocol.Links;

/// <summary>What an answer body meant: the result for the core, the decoded answer, and whether the link is out of step.</summary>
/// <param name="Answer">The answer as far as it decoded, null when the bytes are not a message.</param>
/// <param name="OutOfStep">
/// True when the bytes are not a message or answer another request (MTI or trace): such a frame
/// may be a stale or extra one, and the frames after it on that connection cannot be trusted.
/// </param>
/// <param name="Ignored">
/// Fields of a usable answer that were left out, one log line each: unreadable ones by their
/// problem, length and head (<see cref="SafeHex.Unreadable"/>), readable ones of no use by what is wrong.
/// </param>
internal sealed record AnswerCheck(HostLinkResult Result, DecodedMessage? Answer, bool OutOfStep, IReadOnlyList<string> Ignored);

/// <summary>
/// Decides what an answer body means for the request it answers. The frame must decode
/// structurally, and its MTI, trace (11), response code (39) and, on an approved answer, MAC must
/// be right; then the answer is acted on. Any other field whose content cannot be read is left out
/// and listed, never a reason to throw the answer away.
/// </summary>
internal sealed class AnswerChecker(ITerminalCrypto crypto, HostLinkSettings settings)
{
    /// <param name="macKey">The MAC key the request was sent under, or null when it went without MAC.</param>
    public AnswerCheck Check(HostRequest request, Iso8583Message sent, byte[]? macKey, byte[] body)
    {
        DecodedMessage decoded;
        try
        {
            decoded = Iso8583Codec.DecodeLenient(body);
        }
        catch (Iso8583FormatException e)
        {
            return Refused(request, $"undecodable answer: {e.Message}", null, outOfStep: true);
        }

        var answer = decoded.Message;
        var expectedMti = MessageCodes.AnswerTo(sent.Mti);
        if (answer.Mti != expectedMti)
            return Refused(request, $"answer MTI {answer.Mti}, expected {expectedMti}", decoded, outOfStep: true);
        if (sent.GetText(11) is { } trace && answer.GetText(11) != trace)
            return Refused(request, $"answer trace {TraceOf(decoded)}, expected {trace}", decoded, outOfStep: true);

        MappedAnswer mapped;
        try
        {
            mapped = HostResponseMapper.Map(decoded);
        }
        catch (Iso8583FormatException e)
        {
            return Refused(request, e.Message, decoded, outOfStep: false);
        }
        var ignored = decoded.Unreadable.Select(field => SafeHex.Unreadable(body, field)).Concat(mapped.Ignored).ToList();
        return new AnswerCheck(Verified(request, mapped.Response, answer, macKey, body), decoded, OutOfStep: false, ignored);
    }

    /// <summary>An answer to this very request, its MAC verified when it approves a MACed request.</summary>
    private HostLinkResult Verified(HostRequest request, HostResponse response, Iso8583Message answer, byte[]? macKey, byte[] body)
    {
        if (macKey is null || !response.Approved)
            return new HostLinkResult(request, HostLinkOutcome.Answered, response);
        var macProblem = MacProblem(answer, body, macKey);
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

    private static string TraceOf(DecodedMessage decoded) =>
        decoded.Message.GetText(11) ?? (decoded.ProblemWith(11) is null ? "missing" : "unreadable");

    private static AnswerCheck Refused(HostRequest request, string detail, DecodedMessage? answer, bool outOfStep) =>
        new(new HostLinkResult(request, HostLinkOutcome.Malformed, null, detail), answer, outOfStep, []);
}
