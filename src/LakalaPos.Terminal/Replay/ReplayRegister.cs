using System.Globalization;
using LakalaPos.Core.Ecr;

namespace LakalaPos.Terminal.Replay;

/// <summary>
/// The cash register of a replay: its requests reach the terminal on the calling thread, and it
/// keeps the answer to its last request, field by field.
/// </summary>
internal sealed class ReplayRegister : IEcrPort
{
    private string? _asked;

    public event EventHandler<EcrRequest>? Requested;

    public IReadOnlyDictionary<string, string>? LastAnswer { get; private set; }

    public void Ask(EcrRequest request)
    {
        _asked = request.RequestId;
        LastAnswer = null;
        Requested?.Invoke(this, request);
    }

    public void Answer(EcrAnswer answer)
    {
        if (answer.RequestId != _asked)
            return;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = answer.RequestId,
            ["order"] = answer.OrderNo,
            ["result"] = answer.Result.ToString().ToUpperInvariant(),
        };
        if (answer.Reason != EcrReason.None)
            fields["reason"] = string.Concat(answer.Reason.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
        Put(fields, "message", answer.Message);
        Put(fields, "code", answer.ResponseCode);
        Put(fields, "amount", answer.AmountFen?.ToString(CultureInfo.InvariantCulture));
        Put(fields, "voucher", answer.Voucher?.ToString("000000", CultureInfo.InvariantCulture));
        Put(fields, "batch", answer.Batch?.ToString("000000", CultureInfo.InvariantCulture));
        Put(fields, "rrn", answer.Rrn);
        Put(fields, "auth", answer.AuthCode);
        Put(fields, "card", answer.MaskedPan);
        Put(fields, "status", answer.SaleStatus?.ToString().ToUpperInvariant());
        LastAnswer = fields;
    }

    private static void Put(Dictionary<string, string> fields, string name, string? value)
    {
        if (value is not null)
            fields[name] = value;
    }
}
