using LakalaPos.Iso8583.Fields;
using System.Globalization;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Mapping;

/// <summary>
/// HostRequest → ISO 8583 message, per the Messages table of host-protocol.md and the per-message
/// field lists of docs/protocol/field-table.md. Field 64 is not set here: the link MACs on encode.
/// </summary>
public static class HostRequestMapper
{
    /// <param name="tpdu">The profile's TPDU (5 bytes).</param>
    /// <param name="encryptPin">Forms field 52 under the session's PIN key; null when the session has none,
    /// and then a request carrying a PIN cannot be mapped.</param>
    public static Iso8583Message ToMessage(HostRequest request, byte[] tpdu, PinBlockEncryptor? encryptPin)
    {
        var message = request.Kind switch
        {
            HostMessageKind.SignIn => SignIn(request),
            HostMessageKind.SignOut => Network(request, MessageCodes.NetworkMti, Field60.NetworkSignOut),
            HostMessageKind.EchoTest => Network(request, MessageCodes.NetworkMti, Field60.NetworkEcho),
            HostMessageKind.Sale or HostMessageKind.Void or HostMessageKind.Refund or HostMessageKind.BalanceInquiry
                => FinancialMessage.Build(request, FinancialMessage.MtiOf(request.Kind), encryptPin),
            HostMessageKind.Reversal => Reversal(request),
            HostMessageKind.Settlement => BatchMessages.Settlement(request),
            HostMessageKind.BatchUpload => BatchMessages.Upload(request),
            _ => throw new HostRequestMappingException($"unknown message kind {request.Kind}"),
        };
        message.Tpdu = (byte[])tpdu.Clone();
        return message;
    }

    private static Iso8583Message SignIn(HostRequest request)
    {
        var op = request.OperatorNo;
        if (op is null || op.Length is 0 or > 3)
            throw new HostRequestMappingException("sign-in needs an operator number of 1 to 3 characters (field 63)");
        return Network(request, MessageCodes.SignInMti, Field60.NetworkSignInDoubleKeys)
            .Set(63, op.PadLeft(3, '0'));
    }

    private static Iso8583Message Network(HostRequest request, string mti, string networkCode)
    {
        var message = new Iso8583Message(mti);
        FinancialMessage.SetTraceAndIds(message, request);
        return message.Set(60, Field60.Compose(Field60.SignIn, CheckBatch(request.Batch), networkCode));
    }

    /// <summary>A copy of the original less 35/36/52/53/26 (never formed), with 39 = the reason.</summary>
    private static Iso8583Message Reversal(HostRequest request)
    {
        var original = request.Reversed ?? throw new HostRequestMappingException("a reversal needs the request it reverses");
        if (original.Kind is not (HostMessageKind.Sale or HostMessageKind.Void))
            throw new HostRequestMappingException($"only sales and voids are reversed, not {original.Kind}");
        var reason = request.ReversalReason;
        if (reason is null || reason.Length != 2)
            throw new HostRequestMappingException("a reversal needs a 2-character reason (field 39: 06, 98 or A0)");
        var message = FinancialMessage.Build(original, MessageCodes.ReversalMti, encryptPin: null, withSecrets: false);
        message.Remove(35);
        message.Remove(36);
        return message.Set(39, reason);
    }

    internal static int CheckBatch(int batch) =>
        batch is >= 0 and <= 999_999 ? batch : throw new HostRequestMappingException($"batch number {batch} does not fit 6 digits");

    internal static string SixDigits(int value, string what) =>
        value is >= 0 and <= 999_999
            ? value.ToString("000000", CultureInfo.InvariantCulture)
            : throw new HostRequestMappingException($"{what} {value} does not fit 6 digits");
}
