namespace LakalaPos.Core.Journal;

public enum OperatorRole
{
    Cashier,
    Supervisor,
    Admin,
}

/// <summary>An operator: 00 supervisor, 99 admin, 01-98 cashiers. Only a salted hash of the password is kept.</summary>
public sealed record OperatorRecord(string Number, OperatorRole Role, string PasswordHash);
