using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Flows;

/// <summary>
/// What a voucher number finds (按凭证号, 重打印 任意一笔): the newest record with it in the current
/// batch — which may be a row the software cannot read — else the newest in any batch.
/// </summary>
public sealed record VoucherLookup(TransactionRecord? Record, UnreadableRecord? Unreadable)
{
    public static VoucherLookup Find(TerminalContext ctx, int voucher)
    {
        var batch = ctx.Journal.CurrentBatch();
        var record = ctx.Journal.FindByVoucher(voucher, batch);
        var unreadable = ctx.Journal.ListUnreadable(batch).FirstOrDefault(u => u.Voucher == voucher);
        if (unreadable is not null && (record is null || unreadable.Id > record.Id))
            return new VoucherLookup(null, unreadable);
        return new VoucherLookup(record ?? ctx.Journal.FindByVoucher(voucher), null);
    }
}
