using System.Globalization;
using System.Security.Cryptography;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>Card accounts, balance accounts, PIN tries, terminal sessions and the reference sequence.</summary>
public sealed partial class SqliteHostStore
{
    public long? AvailableFen(string pan) => Run(tx =>
    {
        var command = Command(tx, "SELECT available_fen FROM accounts WHERE pan = $pan", ("$pan", _cipher.ProtectPan(pan)));
        return command.ExecuteScalar() is long fen ? fen : (long?)null;
    });

    public void SetAvailableFen(string pan, long fen) => Run(tx =>
    {
        var command = Command(tx,
            "INSERT INTO accounts (pan, available_fen) VALUES ($pan, $fen) ON CONFLICT (pan) DO UPDATE SET available_fen = excluded.available_fen",
            ("$pan", _cipher.ProtectPan(pan)), ("$fen", fen));
        command.ExecuteNonQuery();
    });

    public long BalanceAccountFen(string pan) => Run(tx =>
    {
        var command = Command(tx, "SELECT fen FROM balance_accounts WHERE pan = $pan", ("$pan", _cipher.ProtectPan(pan)));
        return command.ExecuteScalar() is long fen ? fen : 0;
    });

    public void SetBalanceAccountFen(string pan, long fen) => Run(tx =>
    {
        var command = Command(tx,
            "INSERT INTO balance_accounts (pan, fen) VALUES ($pan, $fen) ON CONFLICT (pan) DO UPDATE SET fen = excluded.fen",
            ("$pan", _cipher.ProtectPan(pan)), ("$fen", fen));
        command.ExecuteNonQuery();
    });

    public PinTries PinTries(string pan) => Run(tx =>
    {
        var command = Command(tx, "SELECT failures, day FROM pin_tries WHERE pan = $pan", ("$pan", _cipher.ProtectPan(pan)));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PinTries(reader.GetInt32(0), DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : default;
    });

    public void SetPinTries(string pan, PinTries tries) => Run(tx =>
    {
        var command = Command(tx,
            "INSERT INTO pin_tries (pan, failures, day) VALUES ($pan, $failures, $day) " +
            "ON CONFLICT (pan) DO UPDATE SET failures = excluded.failures, day = excluded.day",
            ("$pan", _cipher.ProtectPan(pan)), ("$failures", tries.Failures),
            ("$day", tries.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
    });

    /// <summary>
    /// The session's keys are decrypted once: at sign-in (they are cached as given) or at the first
    /// request of a terminal after a restart (read and checked once, then cached). Not signed in is cached too.
    /// </summary>
    public WorkingKeys? SessionKeys(TerminalId terminal) => Run(tx =>
    {
        if (_sessionKeys.TryGetValue(terminal, out var cached))
            return cached;
        var command = Command(tx, "SELECT keys FROM sessions WHERE terminal = $terminal AND merchant = $merchant",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber));
        if (command.ExecuteScalar() is not byte[] stored)
        {
            _sessionKeys[terminal] = null;
            return null;
        }
        try
        {
            var keys = _cipher.UnprotectKeys(stored);
            _sessionKeys[terminal] = keys;
            return keys;
        }
        catch (CryptographicException ex)
        {
            throw new HostStoreException($"Host store '{FilePath}': the session keys of terminal {terminal} fail their check values (damaged entry).", ex);
        }
    });

    public void StartSession(TerminalId terminal, WorkingKeys keys) => Run(tx =>
    {
        var command = Command(tx,
            "INSERT INTO sessions (terminal, merchant, keys) VALUES ($terminal, $merchant, $keys) " +
            "ON CONFLICT (terminal, merchant) DO UPDATE SET keys = excluded.keys",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber), ("$keys", _cipher.ProtectKeys(keys)));
        command.ExecuteNonQuery();
        _sessionKeys[terminal] = keys;
    });

    public void EndSession(TerminalId terminal) => Run(tx =>
    {
        var command = Command(tx, "DELETE FROM sessions WHERE terminal = $terminal AND merchant = $merchant",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber));
        command.ExecuteNonQuery();
        _sessionKeys[terminal] = null;
    });

    public long NextSequence() => Run(tx =>
    {
        var command = Command(tx, "UPDATE sequence SET value = value + 1 WHERE name = 'reference' RETURNING value");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });
}
