using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>Finding the sale a refund names, and how old it is.</summary>
internal static class RefundOriginals
{
    /// <summary>
    /// The sale, booked by any terminal, whose RRN is field 37 and whose host date (MMDD, as the
    /// host stamped fields 13 and 15 of its answer) is 61.3. Null when 37 or 61.3 is missing, no
    /// entry has that RRN, the entry is not a sale (a void's or a refund's RRN), or its date differs.
    /// </summary>
    public static HostTransaction? Find(IHostStore store, Iso8583Message request)
    {
        var rrn = request.GetText(37);
        var date = RequestFields.OriginalDate(request);
        if (string.IsNullOrEmpty(rrn) || date is null)
            return null;
        return store.FindByRrn(rrn) is { Kind: HostTransactionKind.Sale } sale && sale.HostDateMmdd == date ? sale : null;
    }

    /// <summary>Whole host days from the sale's date to <paramref name="today"/>: 0 on the day of the sale.</summary>
    public static int AgeInDays(HostTransaction sale, DateOnly today) =>
        today.DayNumber - DateOnly.FromDateTime(sale.HostTime.DateTime).DayNumber;
}
