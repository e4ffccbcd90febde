using LakalaPos.Iso8583.Fields;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Mapping;

/// <summary>An answer message → HostResponse (39, 37, 38, 15, 54, 63 text, 0510 verdict in 48, header sign-in request).</summary>
public static class HostResponseMapper
{
    /// <summary>
    /// Throws <see cref="Iso8583FormatException"/> when field 39 is missing, 54 is no balance block,
    /// or the 48 of a 0510 is no settlement block with a verdict digit 0-3.
    /// </summary>
    public static HostResponse FromMessage(Iso8583Message answer)
    {
        var code = answer.GetText(39) ?? throw new Iso8583FormatException($"answer {answer.Mti} has no field 39 (response code)");
        long? balance = null;
        if (answer.GetText(54) is { } field54)
            balance = BalanceField.Parse(field54) ?? throw new Iso8583FormatException($"field 54 (balance) of answer {answer.Mti} is not a 20-character balance block");
        return new HostResponse
        {
            ResponseCode = code,
            Rrn = answer.GetText(37),
            AuthCode = answer.GetText(38)?.TrimEnd(),
            SettlementDate = answer.GetText(15),
            BalanceFen = balance,
            Text = HostText(answer.GetText(63)),
            Settlement = answer.Mti == MessageCodes.AnswerTo(MessageCodes.SettlementMti) ? Verdict(answer) : null,
            SignInRequested = Iso8583Header.ProcessingRequirement(answer.Header) == Iso8583Header.SignInAgain,
        };
    }

    /// <summary>Field 63 of an answer: card organisation (3 characters), then the text to show.</summary>
    public static string? CardOrganisation(Iso8583Message answer) =>
        answer.GetText(63) is { Length: >= 3 } field63 ? field63[..3] : null;

    /// <summary>A 0510 without field 48, or with verdict digit 0, gives no verdict.</summary>
    private static SettlementResult? Verdict(Iso8583Message answer)
    {
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
