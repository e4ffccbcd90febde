using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;

namespace LakalaPos.Journal;

// The rules of a record's order (number, request id, items) and of a register request.
internal static partial class JournalInputRules
{
    /// <summary>
    /// An order number and a request id follow <see cref="EcrRequestRules.IsIdentifier"/>; items
    /// need an order number, at least one item (a record without goods has Items null), and each a
    /// name (<see cref="EcrRequestRules.IsItemName"/>), a quantity of 1 or more and a price of 0 or more.
    /// </summary>
    private static void CheckOrder(TransactionRecord record, string which)
    {
        if (record.OrderNo is { } orderNo && !EcrRequestRules.IsIdentifier(orderNo))
            throw new ArgumentException($"Journal write: {which} has order number '{orderNo}', which is not 1-{EcrRequestRules.MaxIdLength} of A-Z a-z 0-9 - _ .", "records");
        if (record.EcrRequestId is { } requestId && !EcrRequestRules.IsIdentifier(requestId))
            throw new ArgumentException($"Journal write: {which} has register request id '{requestId}', which is not 1-{EcrRequestRules.MaxIdLength} of A-Z a-z 0-9 - _ .", "records");
        if (record.Items is not { } items)
            return;
        if (record.OrderNo is null)
            throw new ArgumentException($"Journal write: {which} has items but no order number; only an order's records carry items.", "records");
        if (items.Count == 0)
            throw new ArgumentException($"Journal write: {which} has an empty item list; a record without goods has Items null.", "records");
        for (var i = 0; i < items.Count; i++)
            CheckItem(items[i], $"{which}, item {i + 1} of {items.Count}");
    }

    private static void CheckItem(OrderItem? item, string which)
    {
        if (item is null)
            throw new ArgumentException($"Journal write: {which} is null.", "records");
        if (!EcrRequestRules.IsItemName(item.Name))
            throw new ArgumentException($"Journal write: {which} has name \"{item.Name}\", which is not 1-{EcrRequestRules.MaxNameLength} characters without '|' or control characters.", "records");
        if (item.Quantity < 1)
            throw new ArgumentException($"Journal write: {which} (\"{item.Name}\") has quantity {item.Quantity}; it must be 1 or more.", "records");
        if (item.UnitPriceFen < 0)
            throw new ArgumentException($"Journal write: {which} (\"{item.Name}\") has a negative unit price ({item.UnitPriceFen} fen).", "records");
    }

    /// <summary>
    /// A register request needs a request id (<see cref="EcrRequestRules.IsIdentifier"/>: it is the
    /// key it is found by), an order number and a received time; its answer, when it has one, is the
    /// answer to that request (same id, kind and order number) and shows at most the first 6 and last
    /// 4 digits of the card.
    /// </summary>
    public static void CheckEcrRequest(EcrRequestRecord request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string which = "register request";
        if (!EcrRequestRules.IsIdentifier(request.RequestId))
            throw new ArgumentException($"Journal: {which} id '{request.RequestId}' is not 1-{EcrRequestRules.MaxIdLength} of A-Z a-z 0-9 - _ .", nameof(request));
        if (request.OrderNo is null)
            throw new ArgumentException($"Journal: {which} {request.RequestId} has no order number.", nameof(request));
        CheckDefined(request.Kind, $"{which} {request.RequestId}", nameof(request));
        if (request.Answer is not { } answer)
            return;
        if (answer.RequestId != request.RequestId || answer.Kind != request.Kind || answer.OrderNo != request.OrderNo)
        {
            throw new ArgumentException(
                $"Journal: {which} {request.RequestId} ({request.Kind}, order {request.OrderNo}) carries the answer to another request " +
                $"({answer.RequestId}, {answer.Kind}, order {answer.OrderNo}).", nameof(request));
        }

        CheckDefined(answer.Result, $"{which} {request.RequestId}", nameof(request));
        CheckDefined(answer.Reason, $"{which} {request.RequestId}", nameof(request));
        if (answer.MaskedPan is { } masked && masked.Count(char.IsAsciiDigit) > MaxClearDigitsInMaskedPan)
        {
            // The value itself is left out of the message: it may be a full card number.
            throw new ArgumentException(
                $"Journal: the answer to {which} {request.RequestId} has a MaskedPan with more than {MaxClearDigitsInMaskedPan} clear digits; " +
                "only the first 6 and last 4 may be kept in clear.", nameof(request));
        }
    }
}
