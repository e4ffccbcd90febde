using LakalaPos.Core.Journal;
using LakalaPos.Journal.Counting;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

// Operators, parameters and the batch/trace counters.
public sealed partial class SqliteJournal
{
    public OperatorRecord? FindOperator(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return InTransaction(tx =>
        {
            using var command = Command(tx, "SELECT number, role, password_hash FROM operators WHERE number = $number");
            command.Parameters.AddWithValue("$number", number);
            using var row = command.ExecuteReader();
            return row.Read() ? ReadOperator(row) : null;
        });
    }

    public IReadOnlyList<OperatorRecord> ListOperators() => InTransaction(tx =>
    {
        using var command = Command(tx, "SELECT number, role, password_hash FROM operators ORDER BY number");
        using var row = command.ExecuteReader();
        var operators = new List<OperatorRecord>();
        while (row.Read())
            operators.Add(ReadOperator(row));
        return operators;
    });

    /// <summary>Adds the operator, or replaces the one with the same number.</summary>
    public void SaveOperator(OperatorRecord op, ChangeNote? note = null)
    {
        JournalInputRules.CheckOperator(op);
        InTransaction(tx =>
        {
            using var command = Command(tx, """
                INSERT INTO operators (number, role, password_hash) VALUES ($number, $role, $hash)
                ON CONFLICT (number) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                """);
            command.Parameters.AddWithValue("$number", op.Number);
            command.Parameters.AddWithValue("$role", JournalText.FromEnum(op.Role));
            command.Parameters.AddWithValue("$hash", op.PasswordHash);
            command.ExecuteNonQuery();
            InsertChange(tx, note);
        });
        _log.Information("Journal: operator {Number} saved ({Role})", op.Number, op.Role);
    }

    /// <summary>Removes the operator; deleting a number that does not exist does nothing.</summary>
    public void DeleteOperator(string number, ChangeNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        var deleted = InTransaction(tx =>
        {
            using var command = Command(tx, "DELETE FROM operators WHERE number = $number");
            command.Parameters.AddWithValue("$number", number);
            var count = command.ExecuteNonQuery();
            InsertChange(tx, note);
            return count;
        });
        if (deleted > 0)
            _log.Information("Journal: operator {Number} deleted", number);
    }

    public IReadOnlyDictionary<string, string> LoadParameters() => InTransaction(tx =>
    {
        using var command = Command(tx, "SELECT name, value FROM parameters");
        using var row = command.ExecuteReader();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (row.Read())
            parameters[row.GetString(0)] = row.GetString(1);
        return parameters;
    });

    public void SaveParameter(string name, string value, ChangeNote? note = null)
    {
        JournalInputRules.CheckParameter(name, value);
        InTransaction(tx =>
        {
            UpsertParameter(tx, name, value);
            InsertChange(tx, note);
        });

        // The value is not logged: parameters are free text and the log is not the place to audit them.
        _log.Information("Journal: parameter {Name} saved", name);
    }

    public void SaveParameters(IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
            JournalInputRules.CheckParameter(name, value);
        InTransaction(tx =>
        {
            foreach (var (name, value) in values)
                UpsertParameter(tx, name, value);
        });
        _log.Information("Journal: parameters {Names} saved", string.Join(", ", values.Keys));
    }

    private static void UpsertParameter(SqliteTransaction tx, string name, string value)
    {
        using var command = Command(tx, """
            INSERT INTO parameters (name, value) VALUES ($name, $value)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    public int CurrentBatch() => InTransaction(ReadCounters).Batch;

    public void SetBatch(int batch, ChangeNote? note = null)
    {
        JournalInputRules.CheckBatch(batch);
        MoveCounters(current => current with { Batch = batch }, note);
        _log.Information("Journal: batch set to {Batch:D6}", batch);
    }

    /// <summary>Takes the next trace: committed to the journal, then to the high-water mark, then handed out.</summary>
    public int NextTrace() => InTransaction(tx =>
    {
        using var command = Command(tx, $"""
            UPDATE counters
            SET last_trace = CASE WHEN last_trace >= {JournalInputRules.MaxCounter} THEN 1 ELSE last_trace + 1 END
            WHERE id = 1
            RETURNING batch, last_trace
            """);
        return ReadCountersRow(command);
    }, WriteMark).LastTrace;

    public int LastTrace() => InTransaction(ReadCounters).LastTrace;

    public void SetTrace(int lastUsed, ChangeNote? note = null)
    {
        JournalInputRules.CheckLastTrace(lastUsed);
        MoveCounters(current => current with { LastTrace = lastUsed }, note);
        _log.Information("Journal: last trace set to {Trace:D6}", lastUsed);
    }

    private Counters ReadCounters(SqliteTransaction tx)
    {
        using var command = Command(tx, "SELECT batch, last_trace FROM counters WHERE id = 1");
        return ReadCountersRow(command);
    }

    /// <summary>
    /// A deliberate move of the counters (系统管理). The mark never ends up above the journal after
    /// a power cut: moving up, it follows the commit; moving down, it goes first (and again after).
    /// </summary>
    private void MoveCounters(Func<Counters, Counters> change, ChangeNote? note) => InTransaction(tx =>
    {
        var current = ReadCounters(tx);
        var next = change(current);
        if (next.IsBehind(current))
            WriteMark(next);
        using var command = Command(tx, "UPDATE counters SET batch = $batch, last_trace = $last WHERE id = 1");
        command.Parameters.AddWithValue("$batch", next.Batch);
        command.Parameters.AddWithValue("$last", next.LastTrace);
        command.ExecuteNonQuery();
        InsertChange(tx, note);
        return next;
    }, WriteMark);

    public IReadOnlyList<ChangeNote> ListChanges(int limit) => InTransaction(tx =>
    {
        using var command = Command(tx, "SELECT local_time, authorised_by, signed_in, what FROM changes ORDER BY id DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        using var row = command.ExecuteReader();
        var changes = new List<ChangeNote>();
        while (row.Read())
            changes.Add(new ChangeNote(DateTimeOffset.Parse(row.GetString(0), System.Globalization.CultureInfo.InvariantCulture),
                row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetString(3)));
        return changes;
    });

    /// <summary>Who changed the set-up, written in the change's own transaction.</summary>
    private static void InsertChange(SqliteTransaction tx, ChangeNote? note)
    {
        if (note is null)
            return;
        using var command = Command(tx, "INSERT INTO changes (local_time, authorised_by, signed_in, what) VALUES ($at, $by, $signedIn, $what)");
        command.Parameters.AddWithValue("$at", note.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$by", note.AuthorisedBy);
        command.Parameters.AddWithValue("$signedIn", (object?)note.SignedIn ?? DBNull.Value);
        command.Parameters.AddWithValue("$what", note.What);
        command.ExecuteNonQuery();
    }

    private void WriteMark(Counters counters) => CounterMark.Write(_markPath, counters, _durability);

    /// <summary>The (batch, last_trace) row a command returns; the row missing is a damaged journal, never "0".</summary>
    private static Counters ReadCountersRow(SqliteCommand command)
    {
        using var row = command.ExecuteReader();
        if (!row.Read())
            throw new InvalidDataException("Journal: the counters row is missing, so no batch or trace number can be given.");
        return new Counters(row.GetInt32(0), row.GetInt32(1));
    }

    private static OperatorRecord ReadOperator(SqliteDataReader row) =>
        new(row.GetString(0), JournalText.ToEnum<OperatorRole>(row.GetString(1), "role"), row.GetString(2));
}
