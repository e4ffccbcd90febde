using LakalaPos.Iso8583.Fields;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Mapping;

/// <summary>An answer in the terminal's terms, and what in it was there but could not be used.</summary>
/// <param name="Ignored">One line per readable field whose content is of no use (a 54 that is no balance block); never its value.</param>
public sealed record MappedAnswer(HostResponse Response, IReadOnlyList<string> Ignored);

/// <summary>
/// An answer message → HostResponse (39, 37, 38, 15, 54, 63 text, the verdict in 48 of an approved
/// 0510, header sign-in request). Only field 39, and the 48 of an approved 0510, decide whether the
/// answer can be used; any other field that is unreadable or of no use is left out (no balance,
/// no host text...).
/// </summary>
public static class HostResponseMapper
{
    private const string ApprovedCode = "00";
    private static readonly string SettlementAnswerMti = MessageCodes.AnswerTo(MessageCodes.SettlementMti);

    /// <summary>A message decoded in full; see <see cref="Map"/>.</summary>
    public static HostResponse FromMessage(Iso8583Message answer) => Map(DecodedMessage.Whole(answer)).Response;

    /// <summary>
    /// Throws <see cref="Iso8583FormatException"/> when field 39 is missing or unreadable, or when an
    /// approved 0510's 48 is unreadable or no settlement block with a verdict digit 0-3.
    /// </summary>
    public static MappedAnswer Map(DecodedMessage decoded)
    {
        var answer = decoded.Message;
        var code = answer.GetText(39) ?? throw new Iso8583FormatException(decoded.ProblemWith(39) is { } problem
            ? $"answer {answer.Mti}: {problem.Problem}"
            : $"answer {answer.Mti} has no field 39 (response code)");
        var ignored = new List<string>();
        var response = new HostResponse
        {
            ResponseCode = code,
            Rrn = answer.GetText(37),
            AuthCode = answer.GetText(38)?.TrimEnd(),
            SettlementDate = answer.GetText(15),
            BalanceFen = Balance(answer, ignored),
            Text = HostText(answer.GetText(63)),
            Settlement = answer.Mti == SettlementAnswerMti && code == ApprovedCode ? Verdict(decoded) : null,
            SignInRequested = Iso8583Header.ProcessingRequirement(answer.Header) == Iso8583Header.SignInAgain,
        };
        return new MappedAnswer(response, ignored);
    }

    /// <summary>Field 63 of an answer: card organisation (3 characters), then the text to show.</summary>
    public static string? CardOrganisation(Iso8583Message answer) =>
        answer.GetText(63) is { Length: >= 3 } field63 ? field63[..3] : null;

    private static long? Balance(Iso8583Message answer, List<string> ignored)
    {
        if (answer.GetText(54) is not { } field54)
            return null;
        var balance = BalanceField.Parse(field54);
        if (balance is null)
            ignored.Add($"field 54 (balance) of answer {answer.Mti} is not a {BalanceField.Length}-character balance block ({field54.Length} characters)");
        return balance;
    }

    /// <summary>An approved 0510 without field 48, or with verdict digit 0, gives no verdict.</summary>
    private static SettlementResult? Verdict(DecodedMessage decoded)
    {
        var answer = decoded.Message;
        if (decoded.ProblemWith(48) is { } problem)
            throw new Iso8583FormatException($"answer {answer.Mti}: {problem.Problem}");
        if (answer.GetText(48) is not { } field48)
            return null;
        try
        {
            return SettlementField.ParseVerdict(field48) is { } verdict ? WireTerms.Result(verdict) : null;
        }
        catch (Iso8583FieldException e)
        {
            throw new Iso8583FormatException($"field 48 of answer {answer.Mti}: {e.Message}");
        }
    }

    private static string? HostText(string? field63)
    {
        if (field63 is null || field63.Length <= 3)
            return null;
        var text = field63[3..].Trim();
        return text.Length == 0 ? null : text;
    }
}
