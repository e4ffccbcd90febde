using System.Globalization;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Operators;

/// <summary>
/// Three wrong passwords in a row lock every function behind that password for 5 minutes; a
/// correct one resets the count (spec section 4.1). The supervisor's lock covers void, refund and
/// 柜员管理; the admin's (99) covers 系统管理, on its own. Kept in the journal, so a power cycle is
/// no way around a lock.
/// </summary>
public sealed class PasswordLock
{
    public const int MaxFailures = 3;
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(5);

    private readonly IJournal _journal;
    private readonly TimeProvider _clock;

    // Terminal state, not a 系统管理 parameter: kept in the parameters table under names the catalog does not know.
    private readonly string _failuresKey;
    private readonly string _lockedUntilKey;

    private PasswordLock(IJournal journal, TimeProvider clock, string who)
    {
        _journal = journal;
        _clock = clock;
        _failuresKey = $"state.{who}Failures";
        _lockedUntilKey = $"state.{who}LockedUntil";
    }

    /// <summary>The lock of the operator whose password it is (00 supervisor, 99 admin).</summary>
    public static PasswordLock Of(OperatorRole role, IJournal journal, TimeProvider clock) => role switch
    {
        OperatorRole.Supervisor => new PasswordLock(journal, clock, "supervisor"),
        OperatorRole.Admin => new PasswordLock(journal, clock, "admin"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "only the supervisor and the admin passwords are locked"),
    };

    public bool IsLocked => LockedUntil is { } until && _clock.GetUtcNow() < until;

    public DateTimeOffset? LockedUntil =>
        _journal.LoadParameters().TryGetValue(_lockedUntilKey, out var text) &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var until)
            ? until
            : null;

    /// <summary>Counts a wrong password; returns true when this one locked the functions.</summary>
    public bool RecordFailure()
    {
        var failures = Failures + 1;
        if (failures >= MaxFailures)
        {
            // One journal transaction: a power cut cannot clear the count without setting the lock.
            _journal.SaveParameters(new Dictionary<string, string>
            {
                [_failuresKey] = "0",
                [_lockedUntilKey] = (_clock.GetUtcNow() + LockTime).ToString("O", CultureInfo.InvariantCulture),
            });
            return true;
        }
        _journal.SaveParameter(_failuresKey, failures.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    public void RecordSuccess()
    {
        if (Failures != 0)
            _journal.SaveParameter(_failuresKey, "0");
    }

    private int Failures =>
        _journal.LoadParameters().TryGetValue(_failuresKey, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
