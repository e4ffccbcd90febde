using System.Globalization;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>Builds answers: response MTI, swapped TPDU, copied header, echoed fields, host time.</summary>
internal static class Answers
{
    /// <summary>Fields a UnionPay host gives back as the terminal sent them (never 35/36/52/55/64).</summary>
    private static readonly int[] Echoed = [2, 3, 4, 11, 25, 41, 42, 49, 60];

    public static Iso8583Message For(Iso8583Message request, string responseCode)
    {
        var answer = new Iso8583Message(ResponseMti(request.Mti))
        {
            Tpdu = SwapTpdu(request.Tpdu),
            Header = (byte[])request.Header.Clone(),
        };
        foreach (var field in Echoed)
            Copy(request, answer, field);
        answer.Set(39, responseCode);
        return answer;
    }

    /// <summary>The approval of a money-moving request: host time, settlement date, its new RRN and auth code, the card organisation.</summary>
    public static Iso8583Message Approval(Iso8583Message request, DateTimeOffset now, string rrn, string authCode, string cardOrganisation)
    {
        var answer = For(request, "00").WithHostTime(now, settlement: true);
        answer.Set(37, rrn);
        answer.Set(38, authCode);
        answer.Set(63, cardOrganisation);
        return answer;
    }

    /// <summary>An answer whose header asks the terminal to sign in before its next request.</summary>
    public static Iso8583Message SignInRequired(Iso8583Message request, string responseCode)
    {
        var answer = For(request, responseCode);
        // A header too short to hold the digit (only a hand-built message given to Decide) is left as it came.
        if (answer.Header.Length >= 3)
            answer.Header = Iso8583Header.WithProcessingRequirement(answer.Header, Iso8583Header.SignInAgain);
        return answer;
    }

    /// <summary>Fields 12 and 13 (host local time and date); 15 too (settlement date) when <paramref name="settlement"/>.</summary>
    public static Iso8583Message WithHostTime(this Iso8583Message answer, DateTimeOffset now, bool settlement = false)
    {
        answer.Set(12, now.ToString("HHmmss", CultureInfo.InvariantCulture));
        answer.Set(13, now.ToString("MMdd", CultureInfo.InvariantCulture));
        if (settlement)
            answer.Set(15, now.ToString("MMdd", CultureInfo.InvariantCulture));
        return answer;
    }

    /// <summary>0200 → 0210, 0800 → 0810: the function digit goes from request to response.</summary>
    public static string ResponseMti(string requestMti)
    {
        var function = requestMti[2] - '0';
        return function % 2 == 0 ? string.Concat(requestMti.AsSpan(0, 2), (function + 1).ToString(CultureInfo.InvariantCulture), requestMti.AsSpan(3)) : requestMti;
    }

    /// <summary>60 + destination + source becomes 60 + source + destination.</summary>
    public static byte[] SwapTpdu(byte[] tpdu) =>
        tpdu.Length == 5 ? [tpdu[0], tpdu[3], tpdu[4], tpdu[1], tpdu[2]] : (byte[])tpdu.Clone();

    private static void Copy(Iso8583Message from, Iso8583Message to, int field)
    {
        if (from.GetText(field) is { } text)
            to.Set(field, text);
        else if (from.GetBinary(field) is { } bytes)
            to.Set(field, (byte[])bytes.Clone());
    }
}
