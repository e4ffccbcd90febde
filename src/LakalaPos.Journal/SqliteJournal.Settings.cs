using LakalaPos.Core.Journal;
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
    public void SaveOperator(OperatorRecord op)
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
        });
        _log.Information("Journal: operator {Number} saved ({Role})", op.Number, op.Role);
    }

    /// <summary>Removes the operator; deleting a number that does not exist does nothing.</summary>
    public void DeleteOperator(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var deleted = InTransaction(tx =>
        {
            using var command = Command(tx, "DELETE FROM operators WHERE number = $number");
            command.Parameters.AddWithValue("$number", number);
            return command.ExecuteNonQuery();
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

    public void SaveParameter(string name, string value)
    {
        JournalInputRules.CheckParameter(name, value);
        InTransaction(tx =>
        {
            using var command = Command(tx, """
                INSERT INTO parameters (name, value) VALUES ($name, $value)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value
                """);
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$value", value);
            command.ExecuteNonQuery();
        });

        // The value is not logged: parameters are free text and the log is not the place to audit them.
        _log.Information("Journal: parameter {Name} saved", name);
    }

    public int CurrentBatch() => InTransaction(tx =>
    {
        using var command = Command(tx, "SELECT batch FROM counters WHERE id = 1");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public void SetBatch(int batch)
    {
        JournalInputRules.CheckBatch(batch);
        InTransaction(tx =>
        {
            using var command = Command(tx, "UPDATE counters SET batch = $batch WHERE id = 1");
            command.Parameters.AddWithValue("$batch", batch);
            command.ExecuteNonQuery();
        });
        _log.Information("Journal: batch set to {Batch:D6}", batch);
    }

    public int NextTrace() => InTransaction(tx =>
    {
        using var command = Command(tx, $"""
            UPDATE counters
            SET last_trace = CASE WHEN last_trace >= {JournalInputRules.MaxCounter} THEN 1 ELSE last_trace + 1 END
            WHERE id = 1
            RETURNING last_trace
            """);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public void SetTrace(int lastUsed)
    {
        JournalInputRules.CheckLastTrace(lastUsed);
        InTransaction(tx =>
        {
            using var command = Command(tx, "UPDATE counters SET last_trace = $last WHERE id = 1");
            command.Parameters.AddWithValue("$last", lastUsed);
            command.ExecuteNonQuery();
        });
        _log.Information("Journal: last trace set to {Trace:D6}", lastUsed);
    }

    private static OperatorRecord ReadOperator(SqliteDataReader row) =>
        new(row.GetString(0), JournalText.ToEnum<OperatorRole>(row.GetString(1), "role"), row.GetString(2));
}
