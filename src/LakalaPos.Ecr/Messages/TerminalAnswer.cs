using System.Globalization;

namespace LakalaPos.Ecr.Messages;

/// <summary>How the terminal ended a request: result=APPROVED, DECLINED or ERROR.</summary>
public enum AnswerResult
{
    Approved,
    Declined,
    Error,
}

/// <summary>A QUERY answer's line: line=NAME|QTY|PRICE|REFUNDED.</summary>
public sealed record AnswerLine(string Name, int Quantity, long UnitPriceFen, int Refunded)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Name}|{Quantity}|{UnitPriceFen}|{Refunded}");
}

/// <summary>
/// The terminal's answer (type=ANSWER) to the request with the same <see cref="Id"/>. Texts the
/// register only shows or keeps (reason, status, code, voucher, time…) stay strings, so a register
/// built for ver=1 reads an answer carrying a reason it does not know yet.
/// </summary>
public sealed record TerminalAnswer
{
    public const string Type = "ANSWER";

    public required string Id { get; init; }

    /// <summary>The request's type: SALE, REFUND, VOID or QUERY.</summary>
    public required string Request { get; init; }

    public required string Order { get; init; }
    public required AnswerResult Result { get; init; }

    /// <summary>Why not approved, upper snake case (BUSY, INVALID, ORDER_USED…); null for none.</summary>
    public string? Reason { get; init; }

    /// <summary>Text for the register's screen.</summary>
    public string? Message { get; init; }

    /// <summary>The host's response code.</summary>
    public string? Code { get; init; }

    public long? AmountFen { get; init; }

    /// <summary>Six digits.</summary>
    public string? Voucher { get; init; }

    /// <summary>Six digits.</summary>
    public string? Batch { get; init; }

    public string? Rrn { get; init; }
    public string? Auth { get; init; }

    /// <summary>The masked card number.</summary>
    public string? Card { get; init; }

    /// <summary>yyyyMMddHHmmss, the terminal's local time.</summary>
    public string? Time { get; init; }

    /// <summary>QUERY: the sale's status (APPROVED, VOIDED, DECLINED, PENDING, REVERSED, UNKNOWN).</summary>
    public string? Status { get; init; }

    /// <summary>QUERY: the order's lines with what was refunded of each.</summary>
    public IReadOnlyList<AnswerLine> Lines { get; init; } = [];

    public EcrMessage ToMessage()
    {
        var fields = new List<EcrField> { new("id", Id), new("request", Request), new("order", Order), new("result", WireNames.Of(Result)) };
        void Add(string name, string? value)
        {
            if (value is not null)
                fields.Add(new EcrField(name, value));
        }
        Add("reason", Reason);
        Add("message", Message);
        Add("code", Code);
        Add("amount", AmountFen?.ToString(CultureInfo.InvariantCulture));
        Add("voucher", Voucher);
        Add("batch", Batch);
        Add("rrn", Rrn);
        Add("auth", Auth);
        Add("card", Card);
        Add("time", Time);
        Add("status", Status);
        fields.AddRange(Lines.Select(line => new EcrField("line", line.Format())));
        return new EcrMessage(Type, fields);
    }

    /// <summary>Reads a body; an <see cref="EcrFormatException"/> saying why when it is not a well-formed answer.</summary>
    public static TerminalAnswer Parse(string body) => FromMessage(EcrMessage.Parse(body));

    /// <summary>Reads a message; an <see cref="EcrFormatException"/> saying why when it is not a well-formed answer. Unknown fields are ignored.</summary>
    public static TerminalAnswer FromMessage(EcrMessage message)
    {
        if (message.Type != Type)
            throw new EcrFormatException($"type {message.Type} is not {Type}");
        string Required(string name) => message[name] ?? throw new EcrFormatException($"{name} is missing");
        var result = Required("result");
        return new TerminalAnswer
        {
            Id = Required("id"),
            Request = Required("request"),
            Order = Required("order"),
            Result = WireNames.Result(result) ?? throw new EcrFormatException($"result {result} is not APPROVED, DECLINED or ERROR"),
            Reason = message["reason"],
            Message = message["message"],
            Code = message["code"],
            AmountFen = message["amount"] is { } amount
                ? long.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var fen) ? fen : throw new EcrFormatException($"amount {amount} is not fen")
                : null,
            Voucher = message["voucher"],
            Batch = message["batch"],
            Rrn = message["rrn"],
            Auth = message["auth"],
            Card = message["card"],
            Time = message["time"],
            Status = message["status"],
            Lines = message.All("line").Select((text, i) => ParseLine(text, i + 1)).ToList(),
        };
    }

    private static AnswerLine ParseLine(string text, int number)
    {
        var parts = text.Split('|');
        if (parts.Length < 4)
            throw new EcrFormatException($"line {number} is not NAME|QTY|PRICE|REFUNDED");
        var name = string.Join('|', parts[..^3]);
        int Int(string part) => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value : throw new EcrFormatException($"line {number}: \"{part}\" is not a number");
        var price = long.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var fen)
            ? fen : throw new EcrFormatException($"line {number}: \"{parts[^2]}\" is not fen");
        return new AnswerLine(name, Int(parts[^3]), price, Int(parts[^1]));
    }
}
