using LakalaPos.Core.Journal;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Operators;

public enum PasswordVerdict
{
    Right,
    Wrong,

    /// <summary>Wrong, and the third in a row: the password's functions are locked now.</summary>
    LockedNow,
}

/// <summary>
/// The one check of the supervisor's (00) or the administrator's (99) password: against its salted
/// hash, counted by that password's lock (a right one resets the count, the third wrong locks).
/// The menu's password prompt and the "old password" of a password change both use it.
/// </summary>
public static class PasswordCheck
{
    public static PasswordVerdict Verify(IJournal journal, TimeProvider clock, OperatorRole role, SecretDigits entered)
    {
        var gate = PasswordLock.Of(role, journal, clock);
        if (journal.FindOperator(OperatorRules.NumberOf(role)) is { } op && op.Role == role && PasswordHasher.Verify(entered, op.PasswordHash))
        {
            gate.RecordSuccess();
            return PasswordVerdict.Right;
        }
        return gate.RecordFailure() ? PasswordVerdict.LockedNow : PasswordVerdict.Wrong;
    }
}
