namespace LakalaPos.Core.Journal;

/// <summary>
/// A transaction row this software cannot read: an unknown type or status name (written by other
/// software, or damaged), or a value that does not parse. Every other read leaves it out, so one
/// bad row never stops queries, totals or reprints; 交易明细 lists it as "未知记录" with its voucher.
/// </summary>
/// <param name="Id">Journal row id ("newest" = highest, as for every record).</param>
/// <param name="Voucher">The voucher (trace) number as stored.</param>
/// <param name="Batch">The batch number as stored.</param>
/// <param name="Problem">What could not be read (a column and why), for the log; never card data.</param>
public sealed record UnreadableRecord(long Id, int Voucher, int Batch, string Problem);
