using LakalaPos.Core.Journal;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Operators;

/// <summary>Who may sign in, and the operators a new terminal starts with (spec sections 1 and 10).</summary>
public static class OperatorRules
{
    public const string SupervisorNo = "00";
    public const string AdminNo = "99";

    /// <summary>The supervisor's and the administrator's numbers.</summary>
    public static string NumberOf(OperatorRole role) => role switch
    {
        OperatorRole.Supervisor => SupervisorNo,
        OperatorRole.Admin => AdminNo,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "cashiers have numbers of their own"),
    };

    /// <summary>The well-known password a new terminal starts with for <paramref name="role"/> (spec section 10).</summary>
    public static string DefaultPassword(OperatorRole role) => role switch
    {
        OperatorRole.Supervisor => "123456",
        OperatorRole.Admin => "12345678",
        _ => "0000",
    };

    /// <summary>
    /// Whether a new supervisor or admin password is refused as the well-known default: on a real
    /// terminal (not a test profile), at first boot and in every later change alike.
    /// </summary>
    public static bool IsRefusedDefault(OperatorRole role, string digits, bool testProfile) =>
        !testProfile && role is OperatorRole.Supervisor or OperatorRole.Admin && digits == DefaultPassword(role);

    public static OperatorRole RoleOf(string number) => number switch
    {
        SupervisorNo => OperatorRole.Supervisor,
        AdminNo => OperatorRole.Admin,
        _ => OperatorRole.Cashier,
    };

    /// <summary>Cashiers 01-98 sign in with 4 digits; the supervisor (00) and admin (99) cannot sign in as cashiers.</summary>
    public static bool CanSignIn(OperatorRecord? op, SecretDigits password) =>
        op is { Role: OperatorRole.Cashier } && password.Length == 4 && PasswordHasher.Verify(password, op.PasswordHash);

    /// <summary>Seeds supervisor 00/123456, admin 99/12345678 and cashiers 01-04/0000 into an empty journal.</summary>
    public static void SeedIfEmpty(IJournal journal)
    {
        if (journal.ListOperators().Count > 0)
            return;
        journal.SaveOperator(new(SupervisorNo, OperatorRole.Supervisor, PasswordHasher.Hash(new(DefaultPassword(OperatorRole.Supervisor)))));
        journal.SaveOperator(new(AdminNo, OperatorRole.Admin, PasswordHasher.Hash(new(DefaultPassword(OperatorRole.Admin)))));
        foreach (var no in new[] { "01", "02", "03", "04" })
            journal.SaveOperator(new(no, OperatorRole.Cashier, PasswordHasher.Hash(new(DefaultPassword(OperatorRole.Cashier)))));
    }
}
