using LakalaPos.Iso8583.Fields;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Mapping;

/// <summary>The end-of-batch messages: settlement (0500) and batch upload (0320).</summary>
internal static class BatchMessages
{
    /// <summary>0500: 11, 41, 42, 48 totals, 49, 60 = 00 + batch + 201.</summary>
    public static Iso8583Message Settlement(HostRequest request)
    {
        var totals = request.Totals ?? throw new HostRequestMappingException("a settlement needs the batch totals (field 48)");
        var message = new Iso8583Message(MessageCodes.SettlementMti);
        FinancialMessage.SetTraceAndIds(message, request);
        return message
            .Set(48, SettlementField.Format(WireTerms.Counts(totals)))
            .Set(49, MessageCodes.CurrencyCny)
            .Set(60, Field60.Compose(Field60.Management, HostRequestMapper.CheckBatch(request.Batch), Field60.NetworkSettlement));
    }

    /// <summary>0320: 11, 41, 42, 48 entries, 60 = 00 + batch + 201 (202 for the last message).</summary>
    public static Iso8583Message Upload(HostRequest request)
    {
        var entries = request.UploadEntries ?? throw new HostRequestMappingException("a batch upload needs its entries (field 48)");
        var message = new Iso8583Message(MessageCodes.BatchUploadMti);
        FinancialMessage.SetTraceAndIds(message, request);
        var networkCode = request.UploadIsLast ? Field60.NetworkUploadEnd : Field60.NetworkSettlement;
        return message
            .Set(48, BatchUploadField.Format([.. entries.Select(WireTerms.Item)]))
            .Set(60, Field60.Compose(Field60.Management, HostRequestMapper.CheckBatch(request.Batch), networkCode));
    }
}
