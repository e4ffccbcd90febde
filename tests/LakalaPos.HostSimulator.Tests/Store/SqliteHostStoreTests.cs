using System.Text;
using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Security;
using Microsoft.Data.Sqlite;
using static LakalaPos.HostSimulator.Tests.Store.StoreSamples;

namespace LakalaPos.HostSimulator.Tests.Store;

public sealed class SqliteHostStoreTests : IDisposable
{
    private static readonly byte[] OtherKey = Convert.FromHexString("00112233445566778899AABBCCDDEEFF");
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Everything_the_store_keeps_survives_closing_and_reopening_the_file()
    {
        var keys = WorkingKeys.Generate();
        var sale = Sale("261122000002");
        using (var store = SqliteHostStore.Open(_file.Path))
        {
            store.SetAvailableFen(Pan, 90_00);
            store.SetBalanceAccountFen(Pan, 20_00);
            store.SetPinTries(Pan, new PinTries(1, new DateOnly(2026, 11, 22)));
            store.StartSession(Terminal, keys);
            store.AddTransaction(sale);
            store.AddTransaction(Refund("261122000003", sale.Rrn));
            store.NextSequence();
            store.NextSequence();
            store.AddSettlement(Settlement("000050", SettlementVerdict.Unbalanced));
            store.SaveUploadedEntry(Upload("000009", UploadDiscrepancy.NotBooked));
        }

        using var reopened = SqliteHostStore.Open(_file.Path);

        reopened.AvailableFen(Pan).Should().Be(90_00);
        reopened.BalanceAccountFen(Pan).Should().Be(20_00);
        reopened.PinTries(Pan).Should().Be(new PinTries(1, new DateOnly(2026, 11, 22)));
        reopened.SessionKeys(Terminal)!.PinKey.Should().Equal(keys.PinKey);
        reopened.SessionKeys(Terminal)!.MacKey.Should().Equal(keys.MacKey);
        reopened.TransactionsOf(Terminal).Should().Equal(sale, Refund("261122000003", sale.Rrn));
        reopened.NextSequence().Should().Be(3);
        reopened.SettlementsOf(Terminal).Should().Equal(Settlement("000050", SettlementVerdict.Unbalanced));
        reopened.Discrepancies().Should().Equal(Upload("000009", UploadDiscrepancy.NotBooked));
    }

    [Fact]
    public void The_file_is_in_WAL_mode_with_synchronous_FULL_and_has_a_schema_version()
    {
        using var store = SqliteHostStore.Open(_file.Path);

        store.ReadPragma("journal_mode").Should().Be("wal");
        store.ReadPragma("synchronous").Should().Be("2", "2 is FULL");
        store.SchemaVersion.Should().Be(1);
        store.FilePath.Should().Be(Path.GetFullPath(_file.Path));
    }

    [Fact]
    public void Card_numbers_and_working_keys_are_not_in_the_file_in_clear()
    {
        var keys = WorkingKeys.Generate();
        using (var store = SqliteHostStore.Open(_file.Path))
        {
            store.SetAvailableFen(Pan, 1);
            store.StartSession(Terminal, keys);
            store.AddTransaction(Sale("261122000002"));
            store.SaveUploadedEntry(Upload("000002"));
            AssertNotOnDisk(Pan, keys);
        }
        AssertNotOnDisk(Pan, keys);
    }

    [Fact]
    public void A_file_written_under_another_storage_key_is_refused_and_stays_readable_with_its_own()
    {
        using (var store = SqliteHostStore.Open(_file.Path))
            store.SetAvailableFen(Pan, 5);

        var withOtherKey = () => SqliteHostStore.Open(_file.Path, OtherKey);

        withOtherKey.Should().Throw<HostStoreException>().WithMessage($"*{Path.GetFullPath(_file.Path)}*another storage key*");
        using var again = SqliteHostStore.Open(_file.Path);
        again.AvailableFen(Pan).Should().Be(5);
    }

    [Fact]
    public void A_storage_key_that_is_not_16_bytes_is_refused_with_a_message_saying_so()
    {
        var open = () => SqliteHostStore.Open(_file.Path, new byte[8]);

        open.Should().Throw<ArgumentException>().WithMessage("*16 bytes*got 8*");
    }

    [Fact]
    public void A_database_of_another_application_is_refused_and_left_untouched()
    {
        Execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');");

        var open = () => SqliteHostStore.Open(_file.Path);

        open.Should().Throw<HostStoreException>().WithMessage("*is not a host store*another application*");
        Scalar("SELECT text FROM notes").Should().Be("keep me");
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused()
    {
        File.WriteAllText(_file.Path, new string('x', 4096));

        var open = () => SqliteHostStore.Open(_file.Path);

        open.Should().Throw<HostStoreException>().WithMessage("*host store*");
    }

    [Fact]
    public void A_store_written_by_a_newer_simulator_is_refused()
    {
        SqliteHostStore.Open(_file.Path).Dispose();
        Execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', '')");

        var open = () => SqliteHostStore.Open(_file.Path);

        open.Should().Throw<HostStoreException>().WithMessage("*schema version 99*newer*");
    }

    [Fact]
    public void Work_that_fails_half_way_leaves_nothing_of_itself_behind()
    {
        using var store = SqliteHostStore.Open(_file.Path);

        var failing = () => store.Atomically<int>(() =>
        {
            store.NextSequence();
            store.SetAvailableFen(Pan, 1);
            store.AddTransaction(Sale("261122000002"));
            throw new InvalidOperationException("fault half-way");
        });

        failing.Should().Throw<InvalidOperationException>();
        store.AvailableFen(Pan).Should().BeNull();
        store.TransactionsOf(Terminal).Should().BeEmpty();
        store.NextSequence().Should().Be(1);
    }

    [Fact]
    public void A_closed_store_refuses_further_calls()
    {
        var store = SqliteHostStore.Open(_file.Path);
        store.Dispose();

        var read = () => store.AvailableFen(Pan);

        read.Should().Throw<ObjectDisposedException>();
    }

    private void AssertNotOnDisk(string pan, WorkingKeys keys)
    {
        var bytes = _file.AllBytes();
        bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(pan)).Should().Be(-1, "the card number is stored encrypted");
        bytes.AsSpan().IndexOf(keys.PinKey).Should().Be(-1, "the PIN key is stored under the storage key");
        bytes.AsSpan().IndexOf(keys.MacKey).Should().Be(-1, "the MAC key is stored under the storage key");
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
