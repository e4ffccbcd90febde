namespace LakalaPos.Core.Flows.Menus;

/// <summary>Who may use a menu item (spec section 2's "who may" column).</summary>
public enum Access
{
    /// <summary>The signed-in cashier.</summary>
    Cashier,

    /// <summary>After the supervisor's password (00, 6 digits), under the supervisor's lock.</summary>
    Supervisor,

    /// <summary>After the admin's password (99, 8 digits), under the admin's own lock.</summary>
    Admin,
}
