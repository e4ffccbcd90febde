namespace LakalaPos.Core.Journal;

/// <summary>
/// Who changed the terminal's set-up, and when: kept with the change in the same journal
/// transaction (柜员管理, 系统管理). <paramref name="AuthorisedBy"/> is the operator whose password
/// allowed it (00 supervisor, 99 admin); <paramref name="SignedIn"/> the cashier signed in then.
/// <paramref name="What"/> names the change ("add cashier 05", "merchantNo 898310048990002"), never a password.
/// </summary>
public sealed record ChangeNote(DateTimeOffset At, string AuthorisedBy, string? SignedIn, string What);
