using System.Globalization;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Devices.Ecr;

/// <summary>
/// The one place where the wire's words (<see cref="RegisterRequest"/>, <see cref="TerminalAnswer"/>)
/// become the core's (<see cref="EcrRequest"/>, <see cref="EcrAnswer"/>) and back.
/// </summary>
public static class EcrWireMapping
{
    /// <summary>A sale's items keep their prices; a refund's get unit price 0 (the core takes it from the sale); a void and a query have none.</summary>
    public static EcrRequest ToCore(RegisterRequest request) => new(
        request.Id,
        request.Type switch
        {
            RegisterRequestType.Sale => EcrRequestKind.Sale,
            RegisterRequestType.Refund => EcrRequestKind.Refund,
            RegisterRequestType.Void => EcrRequestKind.Void,
            _ => EcrRequestKind.Query,
        },
        request.Order,
        request.Items.Select(item => new OrderItem(item.Name, item.Quantity, item.UnitPriceFen ?? 0)).ToList());

    /// <summary>A request as the register sends it: a sale's items with their prices, a refund's without.</summary>
    public static RegisterRequest ToWire(EcrRequest request) => new(
        request.Kind switch
        {
            EcrRequestKind.Sale => RegisterRequestType.Sale,
            EcrRequestKind.Refund => RegisterRequestType.Refund,
            EcrRequestKind.Void => RegisterRequestType.Void,
            _ => RegisterRequestType.Query,
        },
        request.RequestId,
        request.OrderNo,
        request.Items.Select(item => new RegisterItem(item.Name, item.Quantity, request.Kind == EcrRequestKind.Sale ? item.UnitPriceFen : null)).ToList());

    public static TerminalAnswer ToWire(EcrAnswer answer) => new()
    {
        Id = answer.RequestId,
        Request = Upper(answer.Kind.ToString()),
        Order = answer.OrderNo,
        Result = answer.Result switch
        {
            EcrResult.Approved => AnswerResult.Approved,
            EcrResult.Declined => AnswerResult.Declined,
            _ => AnswerResult.Error,
        },
        Reason = answer.Reason == EcrReason.None ? null : WireNames.UpperSnake(answer.Reason.ToString()),
        Message = OneLine(answer.Message),
        Code = OneLine(answer.ResponseCode),
        AmountFen = answer.AmountFen,
        Voucher = answer.Voucher?.ToString("D6", CultureInfo.InvariantCulture),
        Batch = answer.Batch?.ToString("D6", CultureInfo.InvariantCulture),
        Rrn = OneLine(answer.Rrn),
        Auth = OneLine(answer.AuthCode),
        Card = OneLine(answer.MaskedPan),
        Time = answer.LocalTime?.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
        Status = answer.SaleStatus is { } status ? Status(status) : null,
        Lines = answer.Lines?.Select(line => new AnswerLine(line.Item.Name, line.Item.Quantity, line.Item.UnitPriceFen, line.Refunded)).ToList() ?? [],
    };

    /// <summary>The wire's name of a sale's status: APPROVED, VOIDED, DECLINED, PENDING, REVERSED, UNKNOWN.</summary>
    public static string Status(TransactionStatus status) => Upper(status.ToString());

    private static string Upper(string name) => name.ToUpperInvariant();

    /// <summary>A value is one line on the wire: a line break in a text becomes a space.</summary>
    private static string? OneLine(string? text) => text?.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
