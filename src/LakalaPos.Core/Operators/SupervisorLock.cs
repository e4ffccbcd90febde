using System.Globalization;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Operators;

/// <summary>
/// Three wrong supervisor passwords in a row lock every supervisor function for 5 minutes; a
/// correct one resets the count (spec section 4.1). Kept in the journal, so a power cycle is no
/// way around the lock.
/// </summary>
public sealed class SupervisorLock(IJournal journal, TimeProvider clock)
{
    public const int MaxFailures = 3;
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(5);

    // Terminal state, not a 系统管理 parameter: kept in the parameters table under names the catalog does not know.
    private const string FailuresKey = "state.supervisorFailures";
    private const string LockedUntilKey = "state.supervisorLockedUntil";

    public bool IsLocked => LockedUntil is { } until && clock.GetUtcNow() < until;

    public DateTimeOffset? LockedUntil =>
        journal.LoadParameters().TryGetValue(LockedUntilKey, out var text) &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var until)
            ? until
            : null;

    /// <summary>Counts a wrong password; returns true when this one locked the supervisor functions.</summary>
    public bool RecordFailure()
    {
        var failures = Failures + 1;
        if (failures >= MaxFailures)
        {
            journal.SaveParameter(FailuresKey, "0");
            journal.SaveParameter(LockedUntilKey, (clock.GetUtcNow() + LockTime).ToString("O", CultureInfo.InvariantCulture));
            return true;
        }
        journal.SaveParameter(FailuresKey, failures.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    public void RecordSuccess()
    {
        if (Failures != 0)
            journal.SaveParameter(FailuresKey, "0");
    }

    private int Failures =>
        journal.LoadParameters().TryGetValue(FailuresKey, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
