using System.Globalization;
using LakalaPos.Core.Ecr;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

/// <summary>
/// Maps a record's <see cref="OrderItem"/>s to and from the transaction_items table: one row per
/// item, numbered 1, 2, 3, … in the record's order. Items are written once, when their record is
/// inserted, and never change.
/// </summary>
internal static class OrderItemRows
{
    public const string InsertSql =
        "INSERT INTO transaction_items (transaction_id, line, name, quantity, unit_price_fen) VALUES ($id, $line, $name, $quantity, $price)";

    /// <summary>Writes the items of the record <paramref name="transactionId"/>, in the caller's transaction.</summary>
    public static void Insert(SqliteCommand insert, long transactionId, IReadOnlyList<OrderItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var p = insert.Parameters;
            p.Clear();
            p.AddWithValue("$id", transactionId);
            p.AddWithValue("$line", i + 1);
            p.AddWithValue("$name", items[i].Name);
            p.AddWithValue("$quantity", items[i].Quantity);
            p.AddWithValue("$price", items[i].UnitPriceFen);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The items of the records <paramref name="transactionIds"/>, in one query. A record whose
    /// items cannot be read (a value out of range, a missing line) is named in Problems instead:
    /// its items are left out, the record itself is not.
    /// </summary>
    public static (Dictionary<long, List<OrderItem>> Items, Dictionary<long, string> Problems) Read(
        SqliteTransaction tx, IReadOnlyCollection<long> transactionIds)
    {
        var items = new Dictionary<long, List<OrderItem>>();
        var problems = new Dictionary<long, string>();
        if (transactionIds.Count == 0)
            return (items, problems);

        using var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            SELECT transaction_id, line, name, quantity, unit_price_fen FROM transaction_items
            WHERE transaction_id IN (SELECT value FROM json_each($ids))
            ORDER BY transaction_id, line
            """;
        command.Parameters.AddWithValue("$ids", "[" + string.Join(",", transactionIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            var id = row.GetInt64(0);
            if (problems.ContainsKey(id))
                continue;
            var list = items.TryGetValue(id, out var found) ? found : items[id] = [];
            try
            {
                var line = row.GetInt64(1);
                if (line != list.Count + 1)
                    throw new InvalidDataException($"item line {list.Count + 1} is missing (the next is line {line})");
                var item = new OrderItem(row.GetString(2), row.GetInt32(3), row.GetInt64(4));
                if (item.Quantity < 1 || item.UnitPriceFen < 0)
                    throw new InvalidDataException($"item line {line} holds quantity {item.Quantity} at {item.UnitPriceFen} fen");
                list.Add(item);
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidCastException or FormatException or OverflowException)
            {
                items.Remove(id);
                problems[id] = ex.Message;
            }
        }

        return (items, problems);
    }
}
