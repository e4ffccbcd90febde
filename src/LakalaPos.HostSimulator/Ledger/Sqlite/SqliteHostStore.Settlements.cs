using LakalaPos.Iso8583.Fields;
using Microsoft.Data.Sqlite;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>Settlements (every 0500 answered) and batch-upload entries.</summary>
public sealed partial class SqliteHostStore
{
    private const string UploadColumns = "terminal, merchant, batch, trace, card_organisation, pan, amount_fen, kind, uploaded_at, discrepancy";

    public void AddSettlement(HostSettlement settlement) => Run(tx =>
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var (t, h) = (settlement.TerminalTotals, settlement.HostTotals);
        var command = Command(tx,
            "INSERT INTO settlements (terminal, merchant, batch, trace, host_time, terminal_debit_fen, terminal_debit_count, " +
            "terminal_credit_fen, terminal_credit_count, host_debit_fen, host_debit_count, host_credit_fen, host_credit_count, verdict) " +
            "VALUES ($terminal, $merchant, $batch, $trace, $time, $tdf, $tdc, $tcf, $tcc, $hdf, $hdc, $hcf, $hcc, $verdict)",
            ("$terminal", settlement.Terminal.TerminalNumber), ("$merchant", settlement.Terminal.MerchantNumber),
            ("$batch", settlement.Batch), ("$trace", settlement.Trace), ("$time", StoreTime.Format(settlement.HostTime)),
            ("$tdf", t.DebitFen), ("$tdc", t.DebitCount), ("$tcf", t.CreditFen), ("$tcc", t.CreditCount),
            ("$hdf", h.DebitFen), ("$hdc", h.DebitCount), ("$hcf", h.CreditFen), ("$hcc", h.CreditCount),
            ("$verdict", (int)settlement.Verdict));
        command.ExecuteNonQuery();
    });

    public IReadOnlyList<HostSettlement> SettlementsOf(TerminalId terminal) => Run(tx =>
    {
        var command = Command(tx,
            "SELECT batch, trace, host_time, terminal_debit_fen, terminal_debit_count, terminal_credit_fen, terminal_credit_count, " +
            "host_debit_fen, host_debit_count, host_credit_fen, host_credit_count, verdict " +
            "FROM settlements WHERE terminal = $terminal AND merchant = $merchant ORDER BY id",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber));
        using var r = command.ExecuteReader();
        var found = new List<HostSettlement>();
        while (r.Read())
        {
            found.Add(new HostSettlement
            {
                Terminal = terminal,
                Batch = r.GetString(0),
                Trace = r.GetString(1),
                HostTime = StoreTime.Parse(r.GetString(2)),
                TerminalTotals = new SettlementCounts(r.GetInt64(3), r.GetInt32(4), r.GetInt64(5), r.GetInt32(6)),
                HostTotals = new SettlementCounts(r.GetInt64(7), r.GetInt32(8), r.GetInt64(9), r.GetInt32(10)),
                Verdict = (SettlementVerdict)r.GetInt32(11),
            });
        }
        return found;
    });

    public void SaveUploadedEntry(UploadedEntry entry) => Run(tx =>
    {
        ArgumentNullException.ThrowIfNull(entry);
        var command = Command(tx,
            $"INSERT OR REPLACE INTO uploads ({UploadColumns}) VALUES ($terminal, $merchant, $batch, $trace, $organisation, $pan, $amount, $kind, $at, $discrepancy)",
            ("$terminal", entry.Terminal.TerminalNumber), ("$merchant", entry.Terminal.MerchantNumber), ("$batch", entry.Batch),
            ("$trace", entry.Trace), ("$organisation", entry.CardOrganisation), ("$pan", _cipher.ProtectPan(entry.Pan)),
            ("$amount", entry.AmountFen), ("$kind", entry.Kind.ToString()), ("$at", StoreTime.Format(entry.UploadedAt)),
            ("$discrepancy", entry.Discrepancy?.ToString()));
        command.ExecuteNonQuery();
    });

    public IReadOnlyList<UploadedEntry> UploadedEntriesOf(TerminalId terminal, string batch) =>
        QueryUploads("WHERE terminal = $terminal AND merchant = $merchant AND batch = $batch ORDER BY trace",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber), ("$batch", batch));

    public IReadOnlyList<UploadedEntry> Discrepancies() =>
        QueryUploads("WHERE discrepancy IS NOT NULL ORDER BY terminal, merchant, batch, trace");

    private List<UploadedEntry> QueryUploads(string condition, params (string, object?)[] parameters) => Run(tx =>
    {
        var command = Command(tx, $"SELECT {UploadColumns} FROM uploads {condition}", parameters);
        using var r = command.ExecuteReader();
        var found = new List<UploadedEntry>();
        while (r.Read())
            found.Add(ReadUpload(r));
        return found;
    });

    private UploadedEntry ReadUpload(SqliteDataReader r) => new()
    {
        Terminal = new TerminalId(r.GetString(0), r.GetString(1)),
        Batch = r.GetString(2),
        Trace = r.GetString(3),
        CardOrganisation = r.GetString(4),
        Pan = _cipher.UnprotectPan(r.GetString(5)),
        AmountFen = r.GetInt64(6),
        Kind = Enum.Parse<HostTransactionKind>(r.GetString(7)),
        UploadedAt = StoreTime.Parse(r.GetString(8)),
        Discrepancy = r.IsDBNull(9) ? null : Enum.Parse<UploadDiscrepancy>(r.GetString(9)),
    };
}
