namespace LakalaPos.Profiles;

/// <summary>
/// A hardware profile: which device drivers a terminal uses and the settings that depend on the
/// hardware and the acquirer (spec sections 1, 8, 10). Loaded by <see cref="HardwareProfileLoader"/>.
/// </summary>
/// <param name="Name">The profile's name: its file name without ".json".</param>
/// <param name="IsTest">A test profile prints "测试 凭证无效" on receipts, uses the built-in test keys and the default operator passwords.</param>
/// <param name="Ecr">Where the cash register connects; null when the profile has no "ecr" section.</param>
public sealed record HardwareProfile(
    string Name,
    bool IsTest,
    DisplayProfile Display,
    KeypadProfile Keypad,
    PrinterProfile Printer,
    CardReaderProfile CardReader,
    HostProfile Host,
    TerminalProfile Terminal,
    SecurityProfile Security,
    StorageProfile Storage,
    EcrProfile? Ecr = null);

/// <summary>Prompt and host time-outs (spec sections 2 and 6).</summary>
public sealed record TerminalProfile(int PromptTimeoutSeconds, int HostTimeoutSeconds)
{
    public const int DefaultPromptTimeoutSeconds = 60;
    public const int DefaultHostTimeoutSeconds = 60;

    public TimeSpan PromptTimeout => TimeSpan.FromSeconds(PromptTimeoutSeconds);
    public TimeSpan HostTimeout => TimeSpan.FromSeconds(HostTimeoutSeconds);
}

/// <summary>The key that encrypts PANs in the journal (spec section 11); never stored in the journal.</summary>
public sealed record SecurityProfile(KeySource DataKey)
{
    public const int DataKeyBytes = 32;
}

/// <summary>Where the journal and other state live. A relative path is taken from the terminal's working directory.</summary>
public sealed record StorageProfile(string DataDirectory)
{
    public const string DefaultDataDirectory = "data";
}
